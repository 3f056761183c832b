import { $createListItemNode, $createListNode, $isListNode, type ListNode } from '@lexical/list';
import { $createHeadingNode, $isHeadingNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, type ElementNode, type LexicalNode } from 'lexical';
import { KCS_SECTION_HEADINGS, type Article, type LexicalState } from '../../../shared/domain/article';
import type { Draft, DraftSection, DraftSentence } from '../../../shared/domain/draft';
import { GleanerError } from '../../../shared/errors';
import { $createCitationNode } from '../../../shared/lexical/nodes';
import { createArticleEditor, editorWithState, stateAfter } from '../articles/convert';
import { createArticle, getArticle, saveArticle, setArticleState, type Actor } from '../articles/store';
import type { Workspace } from '../workspace/workspace';
import { getDraft, updateDraft } from './store';
import { RESOLUTION_HEADING } from './update';

/** A sentence followed by the chips of the turns it came from. */
function $sentenceNodes(sentence: DraftSentence): LexicalNode[] {
  const nodes: LexicalNode[] = [$createTextNode(sentence.citations.length > 0 ? `${sentence.text} ` : sentence.text)];
  for (const citation of sentence.citations) nodes.push($createCitationNode({ transcriptId: citation.transcriptId, turn: citation.turn }));
  return nodes;
}

function $list(kind: 'number' | 'bullet', sentences: readonly DraftSentence[]): ListNode {
  const list = $createListNode(kind);
  for (const sentence of sentences) list.append($createListItemNode().append(...$sentenceNodes(sentence)));
  return list;
}

function $sectionBody(section: DraftSection): ElementNode[] {
  switch (section.kind) {
    case 'resolution':
      return [$list('number', section.sentences)];
    case 'environment':
    case 'related':
      return [$list('bullet', section.sentences)];
    case 'issue':
    case 'cause':
      return [$createParagraphNode().append(...section.sentences.flatMap($sentenceNodes))];
  }
}

/** The draft as an editor document: a KCS heading per section, every sentence followed by its citations. */
export function draftToLexical(draft: Draft): LexicalState {
  const headings = KCS_SECTION_HEADINGS[draft.language];
  return stateAfter(createArticleEditor(), () => {
    const root = $getRoot();
    root.clear();
    for (const section of draft.sections) {
      if (section.sentences.length === 0) continue;
      root.append($createHeadingNode('h2').append($createTextNode(headings[section.kind])), ...$sectionBody(section));
    }
  });
}

/**
 * The article with the steps appended to its Resolution section: to the section's numbered list when
 * it has one, as a new list under the heading otherwise, or as a new Resolution section at the end.
 */
export function withStepsInResolution(content: LexicalState, steps: readonly DraftSentence[], language: Article['language']): LexicalState {
  return stateAfter(editorWithState(content), () => {
    const root = $getRoot();
    const children = root.getChildren();
    const start = children.findIndex((node) => $isHeadingNode(node) && RESOLUTION_HEADING.test(node.getTextContent()));
    if (start < 0) {
      root.append($createHeadingNode('h2').append($createTextNode(KCS_SECTION_HEADINGS[language].resolution)), $list('number', steps));
      return;
    }
    const section: LexicalNode[] = [];
    for (const node of children.slice(start + 1)) {
      if ($isHeadingNode(node)) break;
      section.push(node);
    }
    const lists = section.filter($isListNode);
    const target = lists.find((list) => list.getListType() === 'number') ?? lists[0];
    if (target) {
      for (const step of steps) target.append($createListItemNode().append(...$sentenceNodes(step)));
      return;
    }
    (section.at(-1) ?? children[start]!).insertAfter($list('number', steps));
  });
}

export interface OpenedDraft {
  articleId: string;
  /** True when the draft had already been opened: the same article is returned, nothing is created. */
  existing: boolean;
}

const stillExists = async (ws: Workspace, id: string | undefined): Promise<boolean> =>
  id !== undefined && (await getArticle(ws, id).then(() => true, () => false));

/** Turns a draft into a new article whose first version (`ai_draft`) is kept as the AI original. */
export async function openDraftAsArticle(ws: Workspace, draftId: string, actor: Actor): Promise<OpenedDraft> {
  const draft = await getDraft(ws, draftId);
  if (await stillExists(ws, draft.articleId)) return { articleId: draft.articleId!, existing: true };
  const article = await createArticle(
    ws,
    { title: draft.title, language: draft.language, sourceTopicId: draft.topicId, tags: ['ai-draft'], content: draftToLexical(draft) },
    actor,
    'ai_draft',
  );
  await updateDraft(ws, { ...draft, articleId: article.id });
  return { articleId: article.id, existing: false };
}

/**
 * Applies a draft's update proposal: its missing steps go into the existing article's Resolution, as a
 * new version recorded as `ai_draft`; a published article then needs review again.
 */
export async function applyUpdateProposal(ws: Workspace, draftId: string, actor: Actor): Promise<OpenedDraft> {
  const draft = await getDraft(ws, draftId);
  const proposal = draft.updateProposal;
  if (!proposal) throw new GleanerError('E_VALIDATION', `The draft "${draft.title}" proposes no update to an existing article.`);
  if (draft.articleId === proposal.articleId) return { articleId: proposal.articleId, existing: true };
  const article = await getArticle(ws, proposal.articleId);
  const content = withStepsInResolution(article.content, proposal.missingSteps, article.language);
  const saved = await saveArticle(ws, { id: article.id, baseVersion: article.version, content }, actor, 'ai_draft');
  if (saved.state === 'published') await setArticleState(ws, saved.id, 'needs_review', actor);
  await updateDraft(ws, { ...draft, articleId: article.id });
  return { articleId: article.id, existing: false };
}
