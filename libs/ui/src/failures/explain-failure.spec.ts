import { errorCodes, fieldIssueCodes } from '@aneis/contracts/constants';
import { explainFailure, explainFieldIssue } from './explain-failure.js';
import { failureMessages } from './failure-messages.js';

describe('explainFailure', () => {
  const emptySignup = {
    kind: 'server',
    status: 400,
    code: 'VALIDATION_FAILED',
    fields: [
      { path: 'email', code: 'required' },
      { path: 'email', code: 'invalid_email' },
      { path: 'password', code: 'too_short', limit: 8 },
      { path: 'name', code: 'required' },
    ],
  };

  it('when an empty sign-up is refused on a Portuguese page, then each field gets Portuguese words', () => {
    expect(explainFailure(emptySignup, 'pt')).toEqual({
      message: 'Alguns campos precisam de correção.',
      fieldErrors: {
        email: 'Campo obrigatório.',
        password: 'Demasiado curto: pelo menos 8 caracteres.',
        name: 'Campo obrigatório.',
      },
      issues: [
        { path: 'email', message: 'Campo obrigatório.' },
        { path: 'password', message: 'Demasiado curto: pelo menos 8 caracteres.' },
        { path: 'name', message: 'Campo obrigatório.' },
      ],
    });
  });

  it('when the same refusal reaches an English page, then the words are English', () => {
    const explained = explainFailure(emptySignup, 'en');
    expect(explained.message).toBe('Some fields need correcting.');
    expect(explained.fieldErrors['password']).toBe('Too short: at least 8 characters.');
  });

  it('when a field path is nested, then the form finds it by its last segment too', () => {
    const { fieldErrors, issues } = explainFailure(
      {
        status: 400,
        code: 'VALIDATION_FAILED',
        fields: [{ path: 'address.postalCode', code: 'required' }],
      },
      'pt',
    );
    expect(fieldErrors).toEqual({
      'address.postalCode': 'Campo obrigatório.',
      postalCode: 'Campo obrigatório.',
    });
    expect(issues).toEqual([{ path: 'address.postalCode', message: 'Campo obrigatório.' }]);
  });

  it('when a product is unknown, then the page says so in its language, not "Not Found"', () => {
    expect(explainFailure({ kind: 'server', status: 404, code: 'NOT_FOUND' }, 'pt').message).toBe(
      'Não encontrámos o que procura.',
    );
    expect(explainFailure({ kind: 'server', status: 404, code: 'NOT_FOUND' }, 'en').message).toBe(
      'We could not find what you are looking for.',
    );
  });

  it('when the code is unknown, then a generic translated sentence is shown, never the code', () => {
    const explained = explainFailure({ status: 400, code: 'SOMETHING_NEW' }, 'pt');
    expect(explained.message).toBe(failureMessages.pt.generic);
    expect(explained.message).not.toContain('SOMETHING_NEW');
  });

  it('when an old server sends no code, then the status still picks a translated sentence', () => {
    expect(explainFailure({ status: 401 }, 'pt').message).toBe('Inicie sessão para continuar.');
    expect(explainFailure({ status: 418 }, 'en').message).toBe(failureMessages.en.generic);
  });

  it('when there was no answer, then network, timeout and cancel have their own words', () => {
    expect(explainFailure({ kind: 'network', status: 0 }, 'pt').message).toBe(
      failureMessages.pt.network,
    );
    expect(explainFailure({ kind: 'timeout', status: 0 }, 'en').message).toBe(
      failureMessages.en.timeout,
    );
    expect(explainFailure({ kind: 'aborted', status: 0 }, 'pt').message).toBe(
      failureMessages.pt.aborted,
    );
  });

  it('when a field code is unknown or a limit is missing, then a plain sentence still comes', () => {
    expect(explainFieldIssue({ path: 'x', code: 'brand_new_rule' }, 'pt')).toBe(
      'Verifique este campo.',
    );
    expect(explainFieldIssue({ path: 'password', code: 'too_long' }, 'en')).toBe('Too long.');
    expect(explainFieldIssue({ path: 'password', code: 'needs_digit' }, 'pt')).toBe(
      'Tem de conter pelo menos um algarismo.',
    );
  });

  it.each(['pt', 'en'] as const)(
    'when the server publishes a code (%s), then there are words for it',
    (locale) => {
      for (const code of Object.values(errorCodes)) {
        expect(failureMessages[locale].codes[code], code).toBeTruthy();
      }
      for (const code of Object.values(fieldIssueCodes)) {
        expect(failureMessages[locale].fields[code], code).toBeTruthy();
      }
    },
  );
});
