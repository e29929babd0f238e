// Unit tests run in Node (no DOM); a file that needs one says so in its first line (`@vitest-environment jsdom`).
import '@testing-library/jest-dom/vitest';
import { loadMessages } from '../../src/lib/i18n/messages';

// Tests read Arabic text directly; the app loads the table before its first render in Arabic.
await loadMessages('ar');
