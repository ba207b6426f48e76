import winston from 'winston';
import { redactTokensInPath, rememberedLevelCheck } from './request-logging.js';

describe('redactTokensInPath', () => {
  it('when a segment is a long hex token, then it becomes :token', () => {
    const token = 'a1'.repeat(20);
    expect(redactTokensInPath(`/security/validatePasswordResetToken/${token}`)).toBe(
      '/security/validatePasswordResetToken/:token',
    );
    expect(redactTokensInPath(`/x/${token}/y`)).toBe('/x/:token/y');
  });

  it('when a segment is an ObjectId or a word, then it is kept', () => {
    expect(redactTokensInPath('/orders/507f1f77bcf86cd799439011')).toBe(
      '/orders/507f1f77bcf86cd799439011',
    );
    expect(redactTokensInPath('/catalog/search')).toBe('/catalog/search');
  });
});

describe('rememberedLevelCheck', () => {
  const quietLogger = (level: string) =>
    winston.createLogger({ level, transports: [new winston.transports.Console({ silent: true })] });

  it('when asked again at the same logger level, then winston is asked only once per level', () => {
    const logger = quietLogger('info');
    const asked = vi.spyOn(logger, 'isLevelEnabled');
    const enabled = rememberedLevelCheck(logger);
    expect([enabled('debug'), enabled('info'), enabled('warn')]).toEqual([false, true, true]);
    expect([enabled('debug'), enabled('info'), enabled('warn')]).toEqual([false, true, true]);
    expect(asked).toHaveBeenCalledTimes(3);
  });

  it("when the logger's level changes, then the answers follow it", () => {
    const logger = quietLogger('warn');
    const enabled = rememberedLevelCheck(logger);
    expect(enabled('info')).toBe(false);
    logger.level = 'debug';
    expect([enabled('debug'), enabled('info')]).toEqual([true, true]);
    logger.level = 'warn';
    expect([enabled('info'), enabled('warn')]).toEqual([false, true]);
  });
});
