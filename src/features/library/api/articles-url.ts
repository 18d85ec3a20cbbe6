/** Where the collection's files are served: `articles/` under the app's base URL. */
export const articlesUrl = (path: string) => `${import.meta.env.BASE_URL}articles/${path}`;
