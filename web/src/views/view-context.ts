/** What every view gets: where to draw, the route's parameters, and a signal that aborts when the route changes. */
export interface ViewContext {
  main: HTMLElement;
  params: URLSearchParams;
  signal: AbortSignal;
  /** The server offers uploads (the local stack). */
  uploads: boolean;
}

/** Each view starts with its heading, focused so screen readers announce the new view. */
export function viewHeading(main: HTMLElement, text: string): HTMLHeadingElement {
  const heading = document.createElement('h1');
  heading.textContent = text;
  heading.tabIndex = -1;
  main.append(heading);
  document.title = `${text} · Accord explorer`;
  heading.focus({ preventScroll: true });
  return heading;
}
