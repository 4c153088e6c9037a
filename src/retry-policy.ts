/** The first try and two retries: what the query client allows and the waiting indicator counts against ("try 2 of 3"). */
export const MAX_TRIES = 3;
