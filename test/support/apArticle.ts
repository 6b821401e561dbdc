/** The AP article of the seed (seed/articles/), which the seeded test servers know. */
export const AP_ARTICLE = "iss-leaks-ap-2024-02-29";

/** A command's source: a quote of the AP article. */
export const apSource = (quote: string) => ({ articleId: AP_ARTICLE, quote });
