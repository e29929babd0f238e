// The timeline shown when the URL names none.
export const DEFAULT_TIMELINE = 'whatsapp-nso-2019';
