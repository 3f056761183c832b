/// <reference lib="dom" />
import {
  $applyNodeReplacement,
  ElementNode,
  type DOMConversionMap,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedElementNode,
  type Spread,
} from 'lexical';

export const CALLOUT_VARIANTS = ['note', 'tip', 'warning'] as const;
export type CalloutVariant = (typeof CALLOUT_VARIANTS)[number];
const isVariant = (value: unknown): value is CalloutVariant => CALLOUT_VARIANTS.includes(value as CalloutVariant);

export type SerializedCalloutNode = Spread<{ variant: CalloutVariant }, SerializedElementNode>;

/** A highlighted block (note, tip or warning) holding paragraphs. */
export class CalloutNode extends ElementNode {
  __variant: CalloutVariant;

  static override getType(): string {
    return 'callout';
  }

  static override clone(node: CalloutNode): CalloutNode {
    return new CalloutNode(node.__variant, node.__key);
  }

  constructor(variant: CalloutVariant = 'note', key?: NodeKey) {
    super(key);
    this.__variant = variant;
  }

  static override importJSON(serialized: SerializedCalloutNode): CalloutNode {
    return $createCalloutNode(isVariant(serialized.variant) ? serialized.variant : 'note').updateFromJSON(serialized);
  }

  override updateFromJSON(serialized: LexicalUpdateJSON<SerializedCalloutNode>): this {
    return super.updateFromJSON(serialized);
  }

  override exportJSON(): SerializedCalloutNode {
    return { ...super.exportJSON(), variant: this.getVariant() };
  }

  getVariant(): CalloutVariant {
    return this.getLatest().__variant;
  }

  setVariant(variant: CalloutVariant): this {
    const writable = this.getWritable();
    writable.__variant = variant;
    return writable;
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = document.createElement('aside');
    element.setAttribute('data-callout', this.__variant);
    element.setAttribute('role', 'note');
    const className = config.theme['callout'] as string | undefined;
    if (className) element.className = `${className} ${className}-${this.__variant}`;
    return element;
  }

  override updateDOM(prevNode: CalloutNode): boolean {
    return prevNode.__variant !== this.__variant;
  }

  static override importDOM(): DOMConversionMap | null {
    return {
      aside: (element: HTMLElement) =>
        element.hasAttribute('data-callout')
          ? { conversion: (el) => ({ node: $createCalloutNode(readVariant(el as HTMLElement)) }), priority: 1 }
          : null,
      div: (element: HTMLElement) =>
        element.hasAttribute('data-callout')
          ? { conversion: (el) => ({ node: $createCalloutNode(readVariant(el as HTMLElement)) }), priority: 1 }
          : null,
    };
  }

  override exportDOM(): DOMExportOutput {
    const element = document.createElement('aside');
    element.setAttribute('data-callout', this.__variant);
    return { element };
  }

  override isShadowRoot(): boolean {
    return false;
  }

  override canBeEmpty(): false {
    return false;
  }
}

function readVariant(element: HTMLElement): CalloutVariant {
  const value = element.getAttribute('data-callout');
  return isVariant(value) ? value : 'note';
}

export function $createCalloutNode(variant: CalloutVariant = 'note'): CalloutNode {
  return $applyNodeReplacement(new CalloutNode(variant));
}

export function $isCalloutNode(node: LexicalNode | null | undefined): node is CalloutNode {
  return node instanceof CalloutNode;
}
