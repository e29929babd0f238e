import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/svelte';
import { loadMessages } from '../../src/lib/i18n/messages';

afterEach(() => cleanup());

// Tests render and read Arabic text directly; the app loads the table before its first render in Arabic.
await loadMessages('ar');
