import 'fake-indexeddb/auto';
import { useLocale } from './helpers/fake-i18n';

// The fake browser has no i18n: tests read the English messages, with British dates ("20 Mar 2025").
useLocale('en', 'en-GB');
