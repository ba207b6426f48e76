import { withDatabaseName, withPollMonitoring } from './poll-monitoring-uri.js';

describe('withPollMonitoring', () => {
  it('when the URI has no query, then the poll option is added after a path', () => {
    expect(withPollMonitoring('mongodb://127.0.0.1:4000')).toBe(
      'mongodb://127.0.0.1:4000/?serverMonitoringMode=poll',
    );
    expect(withPollMonitoring('mongodb://127.0.0.1:4000/shop')).toBe(
      'mongodb://127.0.0.1:4000/shop?serverMonitoringMode=poll',
    );
  });

  it('when the URI has other options, then they are kept', () => {
    expect(withPollMonitoring('mongodb://h:1/shop?appName=x')).toBe(
      'mongodb://h:1/shop?appName=x&serverMonitoringMode=poll',
    );
  });

  it('when the URI already sets a monitoring mode, then it is left alone', () => {
    const uri = 'mongodb://h:1/?serverMonitoringMode=stream';
    expect(withPollMonitoring(uri)).toBe(uri);
  });
});

describe('withDatabaseName', () => {
  it('when the URI has a path and options, then only the database changes', () => {
    expect(withDatabaseName('mongodb://u:p@a:1,b:2/old?serverMonitoringMode=poll', 'test_x')).toBe(
      'mongodb://u:p@a:1,b:2/test_x?serverMonitoringMode=poll',
    );
  });

  it('when the URI has no path, then one is added', () => {
    expect(withDatabaseName('mongodb://h:1', 'shop')).toBe('mongodb://h:1/shop');
  });
});
