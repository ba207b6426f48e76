import { failureTexts } from '@aneis/ui';
import { isApiError } from '@aneis/web-api';
import { useI18n } from '../i18n/i18n.js';

export const { errorText, fieldErrorsOf } = failureTexts(isApiError, useI18n);
