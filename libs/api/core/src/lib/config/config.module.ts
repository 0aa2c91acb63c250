import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from './app-config';
import { APP_CONFIG } from './app-config.token';
import { FieldCipher } from '../crypto/field-cipher';

/** Makes the one validated `AppConfig` (and the cipher keyed by it) injectable everywhere. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: APP_CONFIG, useValue: config }, FieldCipher],
      exports: [APP_CONFIG, FieldCipher],
    };
  }
}
