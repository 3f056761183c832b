import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { localeFor, NAMESPACES, resources, type Locale } from '../../../shared/i18n';
import type { Settings } from '../../../shared/domain/settings';

void i18next.use(initReactI18next).init({
  resources,
  lng: localeFor(navigator.language),
  fallbackLng: 'en',
  ns: NAMESPACES,
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** The UI's language: the setting, or the OS's when it says "system". */
export const localeOf = (settings: Settings | null): Locale =>
  !settings || settings.language === 'system' ? localeFor(navigator.language) : settings.language;

export default i18next;
