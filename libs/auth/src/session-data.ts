import type { SessionData } from 'express-session';

declare module 'express-session' {
  interface SessionData {
    /** The logged-in user's id: the only identity kept in the session; the user is re-read per request. */
    userId: string;
  }
}

/** What `establishSession` stores: the user id plus any other session fields the app declares. */
export type EstablishedSessionData = { userId: string } & Partial<
  Omit<SessionData, 'cookie' | 'userId'>
>;
