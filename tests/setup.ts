import 'fake-indexeddb/auto';
import { polyfillBase64 } from './helpers/base64-polyfill';
import { useLocale } from './helpers/fake-i18n';

// The fake browser has no i18n: tests read the English messages, with British dates ("20 Mar 2025").
useLocale('en', 'en-GB');

// Node 20 lacks the browsers' Uint8Array base64 methods, which the compiled matcher travels in.
polyfillBase64();
