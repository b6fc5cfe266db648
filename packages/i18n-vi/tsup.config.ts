import { defineConfig } from 'tsup';
import { sharedTsupOptions } from '../../tsup.shared';

export default defineConfig(sharedTsupOptions);
