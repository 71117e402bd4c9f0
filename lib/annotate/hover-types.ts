/** The contract between the content script and the lazily loaded card UI. */
import type { ContentReply } from '../browser/messages';

export type CardAnalysis = Extract<ContentReply, { ok: true }>['analysis'];

export interface HoverTarget {
  id: string;
  text: string;
}

/** What Floating UI needs of the name's place on screen. */
export interface Anchor {
  getBoundingClientRect(): DOMRect;
  getClientRects(): DOMRectList | DOMRect[];
}

export interface HoverCards {
  box: HTMLElement;
  show(analysis: CardAnalysis, target: HoverTarget, anchor: Anchor): void;
  hide(): void;
  readonly visible: boolean;
  destroy(): void;
}

/** Set by entrypoints/hover-ui.ts in the extension's isolated world; read by the content script. */
export const HOVER_UI_GLOBAL = '__backstoryHoverCards';
export type MountHoverCards = (doc: Document) => HoverCards;
