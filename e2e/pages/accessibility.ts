import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** What axe-core found on one screen: rule, impact, and where (one selector per element). */
export interface Finding {
  readonly state: string;
  readonly rule: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: readonly string[];
}

/**
 * axe-core over the whole page as it stands (every rule axe runs by default: WCAG 2.x A and
 * AA, and its best practices). Findings of serious or critical impact fail the journey, each
 * named by the screen state it was found in; minor and moderate ones are attached to the
 * report for the record.
 */
export class AccessibilityAudit {
  readonly #minor: Finding[] = [];

  constructor(readonly page: Page) {}

  async check(state: string): Promise<void> {
    const results = await new AxeBuilder({ page: this.page }).analyze();
    const findings = results.violations.map((v) => ({
      state,
      rule: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
    const severe = findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');
    this.#minor.push(...findings.filter((f) => !severe.includes(f)));
    expect.soft(severe, `serious or critical axe findings on "${state}"`).toEqual([]);
  }

  /** Minor and moderate findings so far (kept in the report, not failing). */
  get minor(): readonly Finding[] {
    return this.#minor;
  }
}
