import type { AppError } from './app-error.ts';
import type { ProviderId } from './model.ts';

export interface ErrorDescription {
  title: string;
  advice: string;
  /** Whether trying again can help. */
  canRetry: boolean;
}

export const providerNames: Record<ProviderId, string> = { destiny: 'Bungie', playfab: 'PlayFab', xbox: 'Xbox Live' };

const notFoundTitles: Record<NonNullable<AppError['subject']>, string> = {
  account: 'Account not found',
  character: 'Character not found',
  item: 'Item not found',
  player: 'Player not found',
  title: 'Title not found',
};

/** Errors by class, mapped once to a title and what the person can do about it. */
export function describeError(error: AppError): ErrorDescription {
  const provider = error.provider ? providerNames[error.provider] : 'The provider';
  switch (error.kind) {
    case 'maintenance':
      return {
        title: `${provider} is down for maintenance`,
        advice: 'Maintenance usually takes a few minutes to a few hours. Try again later.',
        canRetry: true,
      };
    case 'throttled':
      return {
        title: `${provider} asked us to slow down`,
        advice: 'Too many requests reached it at once. Gearview tries again on its own when the wait is over.',
        canRetry: true,
      };
    case 'not-found':
      return {
        title: error.subject ? notFoundTitles[error.subject] : 'Not found',
        advice: 'The link may be old, or the id mistyped. Go back and pick again.',
        canRetry: false,
      };
    case 'private':
      return {
        title: 'This inventory is private',
        advice: 'Its owner has chosen not to share it. Only they can change that, in their privacy settings.',
        canRetry: false,
      };
    case 'auth':
      if (error.provider === 'xbox') {
        return {
          title: 'Xbox Live needs a fresh sign-in token',
          advice:
            "The server's Xbox Live token is missing or has expired (they last hours, not days). Whoever runs this Gearview sets XBOX_AUTHORIZATION to a new XBL3.0 x=…;… value; the README explains how to get one.",
          canRetry: false,
        };
      }
      return {
        title: `${provider} rejected Gearview's key`,
        advice: "The server's API key is missing or invalid. Whoever runs this Gearview needs to set a valid key.",
        canRetry: false,
      };
    case 'sign-in':
      return {
        title: 'Sign in to see this',
        advice: `This Gearview shows ${provider} data to signed-in people only. Sign in, and you come back here.`,
        canRetry: false,
      };
    case 'bad-request':
      return {
        title: 'That link is not valid',
        advice: 'Check the address, or start again from the home page.',
        canRetry: false,
      };
    case 'timeout':
      return {
        title: `${provider} took too long to answer`,
        advice: 'It may be busy. Try again in a moment.',
        canRetry: true,
      };
    case 'network':
      return {
        title: "Can't reach Gearview's server",
        advice: 'Check your connection, then try again.',
        canRetry: true,
      };
    case 'upstream':
      return {
        title: `${provider} is having trouble`,
        advice: 'Its servers failed to answer, or answered with an error. Try again in a few minutes.',
        canRetry: true,
      };
    case 'bad-response':
      return {
        title: `${provider}'s answer could not be read`,
        advice: 'It sent data in a form Gearview does not understand. Try again; if it persists, it is on their side.',
        canRetry: true,
      };
    case 'crash':
      return {
        title: 'Something went wrong in Gearview',
        advice:
          "This page failed on its own, not because of any provider's data. Reloading may help; if it keeps happening, it is a bug in Gearview.",
        canRetry: true,
      };
  }
}
