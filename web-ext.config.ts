import { defineWebExtConfig } from 'wxt';

// Dev mode must not try to open a browser: CI and developer machines have no display.
export default defineWebExtConfig({ disabled: true });
