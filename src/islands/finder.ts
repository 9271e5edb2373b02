import {
  answersBefore,
  anyAnswer,
  finderAnswersQuery,
  nextQuestion,
  otherStatus,
  outcomeOf,
  questionsFor,
  readFinderAnswers,
  type FinderAnswers,
  type FinderTable,
  type OutcomeIds,
  type QuestionKind,
} from '#src/lib/finder/finder-answers.ts';
import { counsellingComparisonPath } from '#src/lib/paths.ts';

/** Texts the page renders for the island (FinderIsland.astro). */
interface Strings {
  /** "{age} years". */
  ageAnswer: string;
  change: string;
  /** "Result: {office} is responsible. Counselling that fits: {count}." */
  announce: string;
  intl: string;
}

/**
 * <lotse-finder>: asks a matter's questions one at a time (only those whose answer changes the
 * outcome) and shows the one outcome that fits, built from the parts the page rendered. The
 * answers live in the URL (`?age=30&status=schutz-24&district=altstadt`): each answer is a
 * history entry, so the back button goes back one question and a shared link restores them.
 * Focus moves to each new question and to the result; the result is announced.
 */
class Finder extends HTMLElement {
  private table!: FinderTable;
  private strings!: Strings;
  private answers: FinderAnswers = {};
  private readonly onPopState = (): void => this.render(this.answersInUrl(), true);

  connectedCallback(): void {
    this.table = JSON.parse(this.dataset['table'] ?? '{}') as FinderTable;
    this.strings = JSON.parse(this.dataset['strings'] ?? '{}') as Strings;
    const ui = this.querySelector<HTMLElement>('[data-finder-ui]');
    if (!ui || !this.table.cells) return;
    ui.removeAttribute('data-pending');
    const ageForm = this.querySelector<HTMLFormElement>('form[data-question="age"]');
    ageForm?.addEventListener('submit', (event) => {
      event.preventDefault();
      const age = Number.parseInt(this.ageInput()?.value ?? '', 10);
      if (Number.isFinite(age)) this.go({ age });
    });
    this.addEventListener('click', (event) => this.onClick(event));
    window.addEventListener('popstate', this.onPopState);
    this.render(this.answersInUrl(), false);
  }

  disconnectedCallback(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  private onClick(event: Event): void {
    const button = (event.target as Element | null)?.closest('button');
    if (!button || !this.contains(button)) return;
    const kind = button.closest<HTMLElement>('[data-question]')?.dataset['question'] as QuestionKind | undefined;
    const answer = button.dataset['answer'];
    const change = button.dataset['change'] as QuestionKind | undefined;
    if (kind && answer !== undefined) this.go({ ...answersBefore(this.answers, kind), [kind]: answer });
    else if (change) {
      if (change === 'age' && this.answers.age !== undefined) this.ageInput()!.value = String(this.answers.age);
      this.go(answersBefore(this.answers, change));
    } else if (button.hasAttribute('data-restart')) this.go({});
  }

  private answersInUrl(): FinderAnswers {
    return readFinderAnswers(new URLSearchParams(window.location.search));
  }

  private ageInput(): HTMLInputElement | null {
    return this.querySelector<HTMLInputElement>('#finder-age');
  }

  /** A new answer (or a step back): a new history entry, then the next question or the result. */
  private go(answers: FinderAnswers): void {
    window.history.pushState(null, '', `${window.location.pathname}${finderAnswersQuery(answers)}`);
    this.render(answers, true);
  }

  private render(answers: FinderAnswers, moveFocus: boolean): void {
    this.answers = answers;
    const next = nextQuestion(this.table, answers);
    for (const question of this.querySelectorAll<HTMLElement>('[data-question]')) question.hidden = question.dataset['question'] !== next;
    const result = this.querySelector<HTMLElement>('[data-result]')!;
    result.hidden = next !== undefined;
    this.renderAnswers(answers);
    const outcome = next ? undefined : outcomeOf(this.table, answers);
    if (outcome) this.renderOutcome(outcome, answers);
    this.announce(outcome ? this.summaryOf(outcome) : '');
    if (moveFocus) {
      // On a phone the new question or the result starts at the top of the screen.
      const heading = this.querySelector<HTMLElement>(next ? `#finder-q-${next}` : '#finder-result');
      heading?.focus({ preventScroll: true });
      heading?.scrollIntoView({ block: 'start' });
    }
  }

  /** "Your answers", each with a button to change it. */
  private renderAnswers(answers: FinderAnswers): void {
    const list = this.querySelector<HTMLElement>('[data-answers]')!;
    const rows = questionsFor(this.table, answers)
      .filter((kind) => answers[kind] !== undefined && this.answerLabel(kind, answers))
      .flatMap((kind) => {
        const question = this.querySelector(`#finder-q-${kind}`)?.textContent?.trim() ?? kind;
        const term = document.createElement('dt');
        term.textContent = question;
        const value = document.createElement('dd');
        const change = Object.assign(document.createElement('button'), { type: 'button', textContent: this.strings.change });
        change.dataset['change'] = kind;
        change.setAttribute('aria-label', `${this.strings.change}: ${question}`);
        value.append(this.answerLabel(kind, answers)!, change);
        return [term, value];
      });
    list.replaceChildren(...rows);
    list.closest<HTMLElement>('[data-answers-box]')!.hidden = rows.length === 0;
  }

  /** An answer as the visitor chose it (the choice's own label, in its language). */
  private answerLabel(kind: QuestionKind, answers: FinderAnswers): Node | undefined {
    if (kind === 'age') {
      const age = new Intl.NumberFormat(this.strings.intl).format(answers.age ?? 0);
      return document.createTextNode(this.strings.ageAnswer.replace('{age}', age));
    }
    const label = this.querySelector(
      `[data-question="${kind}"] button[data-answer="${CSS.escape(answers[kind] ?? '')}"] .finder-island__label`,
    );
    return label?.cloneNode(true);
  }

  /** The outcome from the page's template: only the rows, offers and alternatives that apply. */
  private renderOutcome(outcome: OutcomeIds, answers: FinderAnswers): void {
    const template = this.querySelector<HTMLTemplateElement>('template[data-outcome-template]')!;
    const parts = template.content.cloneNode(true) as DocumentFragment;
    if (outcome.eligible) parts.querySelector('[data-if-not-eligible]')?.remove();
    if (outcome.services.length > 0) parts.querySelector('[data-if-no-services]')?.remove();
    const keep = (selector: string, key: string, ids: string[]) => {
      const items = [...parts.querySelectorAll<HTMLElement>(selector)];
      const list = items[0]?.parentElement;
      for (const item of items) item.remove();
      // In the outcome's order, which is the directory's.
      for (const id of ids) {
        const item = items.find((candidate) => candidate.dataset[key] === id);
        if (item) list?.append(item);
      }
    };
    keep('[data-row]', 'row', outcome.allocation.map(String));
    keep('[data-service]', 'service', outcome.services);
    keep('[data-alternative]', 'alternative', outcome.alternatives);
    for (const part of parts.querySelectorAll('[data-part]')) if (!part.querySelector('li')) part.remove();
    for (const list of parts.querySelectorAll('ul')) if (!list.querySelector('li')) list.remove();
    this.querySelector('[data-outcome]')!.replaceChildren(parts);
    const link = this.querySelector<HTMLAnchorElement>('[data-counselling]');
    if (link) link.href = this.comparisonPath(answers);
  }

  /** The counselling comparison with the answers that mattered pre-set. */
  private comparisonPath(answers: FinderAnswers): string {
    const asked = questionsFor(this.table, answers);
    const given = (kind: 'status' | 'district') => {
      const value = answers[kind];
      return asked.includes(kind) && value && value !== anyAnswer && value !== otherStatus ? [value] : [];
    };
    return counsellingComparisonPath(document.documentElement.lang, {
      ...(asked.includes('age') && answers.age !== undefined ? { age: answers.age } : {}),
      status: given('status'),
      district: given('district'),
    });
  }

  private summaryOf(outcome: OutcomeIds): string {
    const office = this.querySelector('[data-outcome] [data-office] a')?.textContent?.trim() ?? '';
    const notice = outcome.eligible ? '' : (this.querySelector('[data-outcome] [data-if-not-eligible]')?.textContent?.trim() ?? '');
    const count = new Intl.NumberFormat(this.strings.intl).format(outcome.services.length);
    return [notice, this.strings.announce.replace('{office}', office).replace('{count}', count)].filter(Boolean).join(' ');
  }

  /** Says the result once in the live region (emptied first, so the same text is said again). */
  private announce(text: string): void {
    const region = this.querySelector<HTMLElement>('[data-announce]')!;
    region.textContent = '';
    if (text) window.setTimeout(() => (region.textContent = text), 100);
  }
}

if (!customElements.get('lotse-finder')) customElements.define('lotse-finder', Finder);
