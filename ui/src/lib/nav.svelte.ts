// Where the practitioner is in the app, with a back stack. Screens are plain names with the ids
// they need; there is no URL routing (nothing identifying ever goes in a URL).

export type Route =
  | { screen: 'families' }
  | { screen: 'household-form'; householdId: string | null }
  | { screen: 'family'; householdId: string }
  | { screen: 'visit-prep'; householdId: string }
  | { screen: 'visit-record'; householdId: string; visitId: string }
  | { screen: 'reflection'; householdId: string; visitId: string | null; reflectionId?: string }
  | { screen: 'share'; householdId: string; reflectionId: string }
  | { screen: 'chronology'; householdId: string; visitId?: string | null }
  | { screen: 'settings' };

class Nav {
  stack = $state<Route[]>([{ screen: 'families' }]);

  get current(): Route {
    return this.stack[this.stack.length - 1] ?? { screen: 'families' };
  }

  /** The family in view, for the tailored safe-sleep card. */
  get householdId(): string | null {
    const r = this.current;
    return 'householdId' in r ? r.householdId : null;
  }

  go(route: Route) {
    this.stack.push(route);
  }

  /** Replaces the current screen (after saving a form, say). */
  replace(route: Route) {
    this.stack[this.stack.length - 1] = route;
  }

  back() {
    if (this.stack.length > 1) this.stack.pop();
  }

  home() {
    this.stack = [{ screen: 'families' }];
  }

  get canGoBack(): boolean {
    return this.stack.length > 1;
  }
}

export const nav = new Nav();

/** The two cards one tap away on every screen: a screen may open one (an injury on a baby who
 * is not yet mobile opens the escalation card's way). */
class Cards {
  escalation = $state(false);
  safeSleep = $state(false);
  /** The escalation card's step to bring into view when it opens (a reflection's answer). */
  escalationStep = $state<string | null>(null);
  /** What opened it there: a reflection's answer, or a prompt of the visit's list. */
  escalationFrom = $state<'reflection' | 'prompt'>('reflection');

  /** Opens the escalation card at a step. */
  escalateAt(step: string, from: 'reflection' | 'prompt' = 'reflection') {
    this.escalationStep = step;
    this.escalationFrom = from;
    this.escalation = true;
  }

  /** From one card to the other: the open one closes first (one modal at a time). */
  switchTo(card: 'safeSleep' | 'escalation') {
    this.safeSleep = false;
    this.escalation = false;
    queueMicrotask(() => {
      this[card] = true;
    });
  }
}

export const cards = new Cards();
