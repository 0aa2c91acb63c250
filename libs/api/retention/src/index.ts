export * from './lib/retention.module';
export * from './lib/retention/retention.service';
export * from './lib/key-rotation/key-rotation.service';
export * from './lib/key-rotation/encrypted-columns';
export * from './lib/key-rotation/field-binding';
export * from './lib/key-rotation/field-binding.service';
