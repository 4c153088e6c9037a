/** The element the server puts a deep link's first screen in, before the app's root (see index.css). */
export const FIRST_SCREEN_ID = 'first-screen';
