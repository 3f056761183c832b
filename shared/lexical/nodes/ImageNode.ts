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
import { isAllowedImageSrc } from '../url';

export type SerializedImageNode = Spread<{ src: string; altText: string }, SerializedLexicalNode>;

export interface ImagePayload {
  src: string;
  altText: string;
}

/** The scheme of images stored in the workspace; the renderer resolves it to displayable bytes. */
export const MEDIA_SCHEME = 'gleaner-media:';

/** An inline image. Sources outside workspace media, https and data images are dropped on import. */
export class ImageNode extends DecoratorNode<null> {
  __src: string;
  __altText: string;

  static override getType(): string {
    return 'image';
  }

  static override clone(node: ImageNode): ImageNode {
    return new ImageNode(node.__src, node.__altText, node.__key);
  }

  constructor(src: string, altText: string, key?: NodeKey) {
    super(key);
    this.__src = src;
    this.__altText = altText;
  }

  static override importJSON(serialized: SerializedImageNode): ImageNode {
    return $createImageNode({ src: String(serialized.src), altText: String(serialized.altText ?? '') });
  }

  override exportJSON(): SerializedImageNode {
    return { ...super.exportJSON(), src: this.__src, altText: this.__altText };
  }

  getPayload(): ImagePayload {
    const latest = this.getLatest();
    return { src: latest.__src, altText: latest.__altText };
  }

  override createDOM(): HTMLElement {
    const span = document.createElement('span');
    span.className = 'gl-image';
    const img = document.createElement('img');
    img.alt = this.__altText;
    img.setAttribute('data-src', this.__src);
    img.draggable = false;
    if (!this.__src.startsWith(MEDIA_SCHEME)) img.src = this.__src;
    span.appendChild(img);
    return span;
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
    return {
      img: () => ({
        conversion: (element) => {
          const img = element as HTMLImageElement;
          const src = img.getAttribute('data-src') ?? img.getAttribute('src') ?? '';
          return { node: isAllowedImageSrc(src) ? $createImageNode({ src, altText: img.getAttribute('alt') ?? '' }) : null };
        },
        priority: 0,
      }),
    };
  }

  override exportDOM(): DOMExportOutput {
    const img = document.createElement('img');
    img.setAttribute('src', this.__src);
    img.setAttribute('alt', this.__altText);
    return { element: img };
  }
}

export function $createImageNode(payload: ImagePayload): ImageNode {
  return $applyNodeReplacement(new ImageNode(payload.src, payload.altText));
}

export function $isImageNode(node: LexicalNode | null | undefined): node is ImageNode {
  return node instanceof ImageNode;
}
