/// <reference lib="dom" />
import {
  $applyNodeReplacement,
  DecoratorNode,
  type DOMConversionMap,
  type DOMExportOutput,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';

export type SerializedCitationNode = Spread<{ transcriptId: string; turn: number }, SerializedLexicalNode>;

export interface CitationPayload {
  transcriptId: string;
  turn: number;
}

/**
 * An inline reference to one turn of a conversation, drawn as a chip. It paints its own DOM (no
 * React), so the core converts it headless; the renderer listens for clicks on `[data-citation]`.
 */
export class CitationNode extends DecoratorNode<null> {
  __transcriptId: string;
  __turn: number;

  static override getType(): string {
    return 'citation';
  }

  static override clone(node: CitationNode): CitationNode {
    return new CitationNode(node.__transcriptId, node.__turn, node.__key);
  }

  constructor(transcriptId: string, turn: number, key?: NodeKey) {
    super(key);
    this.__transcriptId = transcriptId;
    this.__turn = turn;
  }

  static override importJSON(serialized: SerializedCitationNode): CitationNode {
    return $createCitationNode({ transcriptId: String(serialized.transcriptId), turn: Number(serialized.turn) || 0 });
  }

  override exportJSON(): SerializedCitationNode {
    return { ...super.exportJSON(), transcriptId: this.__transcriptId, turn: this.__turn };
  }

  getPayload(): CitationPayload {
    const latest = this.getLatest();
    return { transcriptId: latest.__transcriptId, turn: latest.__turn };
  }

  override createDOM(): HTMLElement {
    const element = document.createElement('span');
    element.setAttribute('data-citation', this.__transcriptId);
    element.setAttribute('data-turn', String(this.__turn));
    element.setAttribute('role', 'button');
    element.setAttribute('tabindex', '0');
    element.className = 'gl-citation';
    element.title = `${this.__transcriptId} #${this.__turn + 1}`;
    element.textContent = citationLabel(this.__transcriptId, this.__turn);
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): true {
    return true;
  }

  override getTextContent(): string {
    return '';
  }

  override decorate(): null {
    return null;
  }

  static override importDOM(): DOMConversionMap | null {
    const convert = (element: HTMLElement) => {
      const transcriptId = element.getAttribute('data-citation');
      if (!transcriptId) return null;
      return {
        conversion: () => ({ node: $createCitationNode({ transcriptId, turn: Number(element.getAttribute('data-turn')) || 0 }) }),
        priority: 2 as const,
      };
    };
    return { span: convert, cite: convert };
  }

  override exportDOM(): DOMExportOutput {
    const element = document.createElement('cite');
    element.setAttribute('data-citation', this.__transcriptId);
    element.setAttribute('data-turn', String(this.__turn));
    element.textContent = citationLabel(this.__transcriptId, this.__turn);
    return { element };
  }
}

/** The conversation's own id (the key without its source prefix), shortened from the left, and the 1-based turn. */
const citationLabel = (transcriptId: string, turn: number): string => {
  const id = transcriptId.slice(transcriptId.indexOf(':') + 1);
  return `${id.length > 10 ? `…${id.slice(-9)}` : id} · ${turn + 1}`;
};

export function $createCitationNode(payload: CitationPayload): CitationNode {
  return $applyNodeReplacement(new CitationNode(payload.transcriptId, payload.turn));
}

export function $isCitationNode(node: LexicalNode | null | undefined): node is CitationNode {
  return node instanceof CitationNode;
}
