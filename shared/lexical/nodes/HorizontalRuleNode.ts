/// <reference lib="dom" />
import { $applyNodeReplacement, DecoratorNode, type DOMConversionMap, type DOMExportOutput, type LexicalNode, type SerializedLexicalNode } from 'lexical';

/** A thematic break. Defined here (not taken from @lexical/react) so the core can convert it headless. */
export class HorizontalRuleNode extends DecoratorNode<null> {
  static override getType(): string {
    return 'horizontalrule';
  }

  static override clone(node: HorizontalRuleNode): HorizontalRuleNode {
    return new HorizontalRuleNode(node.__key);
  }

  static override importJSON(): HorizontalRuleNode {
    return $createHorizontalRuleNode();
  }

  override exportJSON(): SerializedLexicalNode {
    return super.exportJSON();
  }

  override createDOM(): HTMLElement {
    return document.createElement('hr');
  }

  override updateDOM(): false {
    return false;
  }

  override getTextContent(): string {
    return '\n';
  }

  override isInline(): false {
    return false;
  }

  override decorate(): null {
    return null;
  }

  static override importDOM(): DOMConversionMap | null {
    return { hr: () => ({ conversion: () => ({ node: $createHorizontalRuleNode() }), priority: 0 }) };
  }

  override exportDOM(): DOMExportOutput {
    return { element: document.createElement('hr') };
  }
}

export function $createHorizontalRuleNode(): HorizontalRuleNode {
  return $applyNodeReplacement(new HorizontalRuleNode());
}

export function $isHorizontalRuleNode(node: LexicalNode | null | undefined): node is HorizontalRuleNode {
  return node instanceof HorizontalRuleNode;
}
