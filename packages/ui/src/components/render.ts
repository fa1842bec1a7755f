import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { Window } from 'happy-dom';

/** The public origin the component tests render under. */
export const TEST_SITE = 'https://union.example.org';

type Renderable = Parameters<AstroContainer['renderToString']>[0];

/**
 * Renders an Astro component with the container API as a page at `path` would, and parses the
 * result, so tests ask the document questions instead of matching strings. Test helper only.
 */
export async function render(
  component: Renderable,
  options: { props?: Record<string, unknown>; slots?: Record<string, string>; path?: string } = {},
): Promise<{ html: string; document: Document }> {
  const container = await AstroContainer.create({ astroConfig: { site: TEST_SITE } });
  const html = await container.renderToString(component, {
    props: options.props ?? {},
    slots: options.slots ?? {},
    request: new Request(new URL(options.path ?? '/', TEST_SITE)),
  });
  const window = new Window({ url: TEST_SITE });
  const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return { html, document };
}
