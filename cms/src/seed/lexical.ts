/**
 * Just enough of Lexical's serialized editor state to write seed articles by hand:
 * headings, paragraphs (with bold runs) and bullet lists, all nodes of the default editor.
 */

type Run = string | { bold: string };

interface SerializedNode {
  type: string;
  version: number;
  [key: string]: unknown;
}

const block = { direction: 'ltr', format: '', indent: 0, version: 1 } as const;

function text(run: Run): SerializedNode {
  const bold = typeof run !== 'string';
  return {
    type: 'text',
    text: bold ? run.bold : run,
    detail: 0,
    format: bold ? 1 : 0,
    mode: 'normal',
    style: '',
    version: 1,
  };
}

export function heading(content: string, tag: 'h2' | 'h3' = 'h2'): SerializedNode {
  return { ...block, type: 'heading', tag, children: [text(content)] };
}

export function paragraph(...runs: Run[]): SerializedNode {
  return { ...block, type: 'paragraph', textFormat: 0, textStyle: '', children: runs.map(text) };
}

export function bulletList(items: Run[][]): SerializedNode {
  return {
    ...block,
    type: 'list',
    listType: 'bullet',
    start: 1,
    tag: 'ul',
    children: items.map((runs, index) => ({ ...block, type: 'listitem', value: index + 1, children: runs.map(text) })),
  };
}

/** Wraps nodes in the root a Payload rich text field stores. */
export function richText(...children: SerializedNode[]) {
  return { root: { ...block, type: 'root', children } };
}
