/**
 * Decap has no right-to-left editing: Arabic and Persian texts would be typed and shown left to
 * right, with punctuation and numbers in the wrong places. `dir="auto"` lets the browser take
 * each field's direction from its first strong character, for fields Decap adds at any time.
 * It changes only how a field is shown, never the stored text.
 */
const editableFields = 'input[type="text"], input:not([type]), textarea, [contenteditable="true"]';

function setAutoDirection(root: ParentNode): void {
  for (const field of root.querySelectorAll<HTMLElement>(editableFields)) {
    if (!field.hasAttribute('dir')) field.setAttribute('dir', 'auto');
  }
}

export function followTextDirection(root: HTMLElement = document.body): void {
  setAutoDirection(root);
  new MutationObserver((changes) => {
    for (const change of changes) {
      for (const node of change.addedNodes) {
        if (node instanceof HTMLElement) {
          if (node.matches(editableFields) && !node.hasAttribute('dir')) node.setAttribute('dir', 'auto');
          setAutoDirection(node);
        }
      }
    }
  }).observe(root, { childList: true, subtree: true });
}
