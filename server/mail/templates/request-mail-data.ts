/** What every request mail names: its reference, its (redacted) summary and its page. */
export type RequestMailData = { reference: string; summary: string; url: string };
