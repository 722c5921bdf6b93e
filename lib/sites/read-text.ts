// Reading a title out of the board's DOM without ever writing to it.

/** Visible text of an element, whitespace collapsed, our own overlays excluded. */
export function visibleText(el: Element): string {
  let out = '';
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += c.nodeValue ?? '';
      else if (c.nodeType === 1) {
        const e = c as Element;
        if (e.localName === 'otiose-overlay' || e.hasAttribute('data-otiose-host') || e.localName === 'script' || e.localName === 'style') continue;
        // Screen-reader-only copies duplicate the visible title ("... with verification").
        if (e.classList.contains('visually-hidden') || e.classList.contains('sr-only')) continue;
        walk(e);
      }
      if (out.length > 4000) return; // nobody's title is longer; a hostile page's may be
    }
  };
  walk(el);
  return out.replace(/\s+/g, ' ').trim();
}
