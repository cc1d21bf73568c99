/**
 * What the TikTok Studio fixture exposes in its MAIN world beside __fixture: Draft's entities (the
 * picked tags) and the controls for the states tests need (upload running, TikTok's checks running).
 */
export interface TikTokEntity {
  /** Draft entity type: '#mention' for a hashtag, 'mention' for an @account (as Studio saves them). */
  type: string;
  mutability: string;
  /** The entity's text, e.g. "#slemankab". */
  text: string;
  /** Offsets into modelText() (blocks joined by "\n"). */
  start: number;
  end: number;
}

export interface TikTokFixtureApi {
  /** Every entity in Draft's content state, in order. */
  entities(): TikTokEntity[];
  /** Tags (without '#', lower case) the suggestion list never offers. */
  unavailable: string[];
  /** Ends the simulated upload (Post becomes live). */
  finishUpload(): void;
  /** Titles of TikTok's own dialogs now shown. */
  dialogs(): string[];
  /** How many times the suggestion list has opened. */
  listOpened: number;
}

declare global {
  // eslint-disable-next-line no-var -- a global declaration needs var
  var __tiktok: TikTokFixtureApi | undefined;
}
