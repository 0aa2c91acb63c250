import { HttpClient } from '@angular/common/http';
import { inject, Injectable, isDevMode, signal, type EnvironmentProviders, type Provider } from '@angular/core';
import { provideTransloco, TranslocoService, type Translation, type TranslocoLoader } from '@jsverse/transloco';
import type { Observable } from 'rxjs';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'leidraad.language';

@Injectable({ providedIn: 'root' })
class HttpTranslationLoader implements TranslocoLoader {
  private readonly http = inject(HttpClient);
  getTranslation(language: string): Observable<Translation> {
    return this.http.get<Translation>(`/i18n/${language}.json`);
  }
}

/** Dutch first, English second; the choice is kept in this browser only. */
export function provideI18n(): (Provider | EnvironmentProviders)[] {
  return provideTransloco({
    config: {
      availableLangs: [...LANGUAGES],
      defaultLang: initialLanguage(),
      fallbackLang: 'nl',
      reRenderOnLangChange: true,
      prodMode: !isDevMode(),
      missingHandler: { logMissingKey: isDevMode() },
    },
    loader: HttpTranslationLoader,
  });
}

function initialLanguage(): Language {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'nl';
}

@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly transloco = inject(TranslocoService);
  private readonly current = signal<Language>(this.transloco.getActiveLang() as Language);
  readonly language = this.current.asReadonly();

  constructor() {
    document.documentElement.lang = this.current();
  }

  use(language: Language): void {
    this.transloco.setActiveLang(language);
    this.current.set(language);
    document.documentElement.lang = language;
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  }
}
