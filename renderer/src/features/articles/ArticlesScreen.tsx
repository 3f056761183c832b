import type { ReactElement } from 'react';
import { useUi } from '../../state/ui';
import { ArticlePage } from './ArticlePage';
import { ArticlesLibrary } from './ArticlesLibrary';

/** #/articles is the library; #/articles/<id> is one article in the editor. */
export default function ArticlesScreen(): ReactElement {
  const param: string | null = useUi((s: { param: string | null }) => s.param);
  return param ? <ArticlePage key={param} id={param} /> : <ArticlesLibrary />;
}
