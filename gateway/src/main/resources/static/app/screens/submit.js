// Submit: the idea form, with the API's own validation messages next to their fields and similar ideas while typing.
import { get, post, query, ApiError } from '../api.js';
import { h, replace, announce, debounce, number } from '../dom.js';

/** The estimate scales (contracts' EstimateScales, README "How an idea is judged"), explained next to their fields. */
const IMPACT = [['', 'not estimated'], ['0.25', '0.25 – minimal'], ['0.5', '0.5 – low'], ['1', '1 – medium'],
    ['2', '2 – high'], ['3', '3 – massive']];
const FIBONACCI = [['', 'not estimated'], ...[1, 2, 3, 5, 8, 13, 20].map(value => [String(value), String(value)])];

function field(name, label, control, hint) {
    control.id = `f-${name}`;
    control.name = name;
    const hintId = `f-${name}-hint`;
    const errorId = `f-${name}-error`;
    control.setAttribute('aria-describedby', hint ? `${hintId} ${errorId}` : errorId);
    return h('div.field', { 'data-field': name },
        h('label', { for: control.id, text: label }),
        control,
        hint ? h('p.hint', { id: hintId, text: hint }) : null,
        h('p.error', { id: errorId, hidden: true }));
}

function select(options) {
    return h('select', {}, options.map(([value, text]) => h('option', { value, text })));
}

export async function submitScreen(main, user) {
    const similarList = h('ul.similar', { id: 'similar-list' });
    const similarStatus = h('p.hint', { text: 'Type a title or a problem to see ideas that may already cover it.' });
    const formError = h('p.error', { role: 'alert', hidden: true });

    const form = h('form', { noValidate: true, 'aria-describedby': 'submit-intro' },
        field('title', 'Title', h('input', { type: 'text', required: true, maxLength: 200, autocomplete: 'off' }),
            '3 to 200 characters.'),
        field('problem', 'Problem', h('textarea', { required: true, rows: 4 }), 'What problem does the idea solve?'),
        field('proposal', 'Proposal (optional)', h('textarea', { rows: 3 })),
        h('div.grid2',
            field('team', 'Team', h('input', { type: 'text', required: true, autocomplete: 'off' }),
                'The owning team id, e.g. identity, payments, web.'),
            field('themes', 'Themes', h('input', { type: 'text', autocomplete: 'off' }),
                'Strategic theme ids, comma-separated; the first is the primary theme (its budget pays).'),
            field('tags', 'Tags', h('input', { type: 'text', autocomplete: 'off' }), 'Comma-separated, at most 20.'),
            field('dependsOn', 'Depends on', h('input', { type: 'text', autocomplete: 'off' }),
                'Ids of ideas that must be done first, comma-separated.')),
        h('h2', { text: 'Estimates' }),
        h('p.hint', { text: 'Missing estimates are scored with cautious assumptions, and the explanation says so.' }),
        h('div.grid2',
            field('reach', 'Reach', h('input', { type: 'number', min: 0, step: 1, inputMode: 'numeric' }),
                'Customers or users affected per quarter (RICE reach).'),
            field('impact', 'Impact', select(IMPACT),
                'Per person reached: 0.25 minimal … 3 massive. Also sets the user-business value of WSJF (0.25→1, 0.5→3, 1→5, 2→13, 3→20).'),
            field('confidence', 'Confidence (%)', h('input', { type: 'number', min: 0, max: 100, step: 1 }),
                'How sure the reach and impact are, 0–100 %: 100 high, 80 medium, 50 low.'),
            field('effortWeeks', 'Effort (person-weeks)', h('input', { type: 'number', min: 0.01, max: 520, step: 'any' }),
                'Person-weeks of work, 0.01 to 520. RICE divides by it in person-months (÷ 4.33); WSJF job size follows it (≤1→1, ≤2→2, ≤4→3, ≤8→5, ≤13→8, ≤26→13, more→20).'),
            field('costAmount', 'Cost', h('input', { type: 'number', min: 0, step: 'any' }),
                'Money for the primary theme\'s budget; 50000 EUR or more always needs a review.'),
            field('costCurrency', 'Currency', h('input', { type: 'text', value: 'EUR', maxLength: 3, autocomplete: 'off' }),
                'ISO 4217 code, e.g. EUR. Costs are never converted.'),
            field('timeCriticality', 'Time criticality', select(FIBONACCI),
                'WSJF urgency on the scale 1, 2, 3, 5, 8, 13, 20: how much value is lost by waiting.'),
            field('riskReduction', 'Risk reduction', select(FIBONACCI),
                'WSJF risk reduction or opportunity enablement, on the same scale.')),
        formError,
        h('button', { type: 'submit', id: 'submit-idea', text: 'Submit idea' }));

    const list = value => value.split(',').map(part => part.trim()).filter(Boolean);
    const numeric = value => value === '' ? null : Number(value);
    const body = () => {
        const values = Object.fromEntries(new FormData(form));
        return {
            title: values.title, problem: values.problem, proposal: values.proposal || null, team: values.team,
            themes: list(values.themes), tags: list(values.tags), dependsOn: list(values.dependsOn),
            reach: numeric(values.reach), impact: numeric(values.impact), confidence: numeric(values.confidence),
            effortWeeks: numeric(values.effortWeeks),
            costEstimate: values.costAmount === '' ? null : { amount: Number(values.costAmount), currency: values.costCurrency },
            timeCriticality: numeric(values.timeCriticality), riskReduction: numeric(values.riskReduction),
        };
    };

    /** A problem's field (e.g. "costEstimate.amount", "themes[0]") shown at the form field it comes from. */
    const formField = name => {
        const root = name.replace(/\[\d+\].*$/, '');
        const map = { 'costEstimate.amount': 'costAmount', 'costEstimate.currency': 'costCurrency', costEstimate: 'costAmount' };
        return map[root] ?? root.split('.')[0];
    };

    const clearErrors = () => {
        form.querySelectorAll('[aria-invalid]').forEach(control => control.removeAttribute('aria-invalid'));
        form.querySelectorAll('.field .error').forEach(error => { error.hidden = true; error.textContent = ''; });
        formError.hidden = true;
    };

    const showErrors = problem => {
        const unplaced = [];
        let first;
        for (const { field: name, message } of problem.errors ?? []) {
            const wrapper = form.querySelector(`[data-field="${formField(name)}"]`);
            if (!wrapper) { unplaced.push(`${name} ${message}`); continue; }
            const control = wrapper.querySelector('input, select, textarea');
            const error = wrapper.querySelector('.error');
            control.setAttribute('aria-invalid', 'true');
            error.textContent = error.textContent ? `${error.textContent}; ${message}` : `${wrapper.querySelector('label').textContent} ${message}`;
            error.hidden = false;
            first ??= control;
        }
        const count = problem.errors?.length ?? 0;
        formError.textContent = count
            ? `Please correct ${count} field${count > 1 ? 's' : ''}.${unplaced.length ? ' ' + unplaced.join('; ') : ''}`
            : (problem.detail || problem.title || 'The idea was not accepted.');
        formError.hidden = false;
        (first ?? formError).focus?.();
    };

    form.addEventListener('submit', async event => {
        event.preventDefault();
        clearErrors();
        const button = form.querySelector('button[type=submit]');
        button.disabled = true;
        try {
            const created = await post('/api/ideas', body());
            announce(`Idea submitted: ${created.title}`);
            window.location.hash = `#/ideas/${created.id}`;
        } catch (error) {
            showErrors(error instanceof ApiError ? error.problem : { detail: error.message });
        } finally {
            button.disabled = false;
        }
    });

    const lookForSimilar = debounce(async () => {
        const title = form.elements.title.value.trim();
        const problem = form.elements.problem.value.trim();
        if (!title && !problem) {
            replace(similarList);
            return;
        }
        try {
            const answer = await get(`/api/ideas/similar${query({ title, problem, limit: 5 })}`);
            replace(similarList, answer.similar.map(idea => h('li',
                h('a', { href: `#/ideas/${idea.ideaId}`, target: '_blank', rel: 'noopener', text: idea.title }),
                h('span.muted', { text: ` – similarity ${number(idea.score, 2)}` }))));
            similarStatus.textContent = answer.similar.length
                ? `${answer.similar.length} similar idea${answer.similar.length > 1 ? 's' : ''} already in: is yours one of them?`
                : 'No similar idea found so far.';
        } catch (error) {
            similarStatus.textContent = `Similar ideas are not available: ${error.message}`;
        }
    }, 300);
    form.elements.title.addEventListener('input', lookForSimilar);
    form.elements.problem.addEventListener('input', lookForSimilar);

    replace(main,
        h('h1', { text: 'Submit an idea' }),
        h('p', { id: 'submit-intro', text: `Submitting as ${user.user}. The estimate scales are explained next to their fields; the gateway's checks show at the field they concern.` }),
        h('div.columns',
            form,
            h('aside.panel', { 'aria-labelledby': 'similar-heading' },
                h('h2', { id: 'similar-heading', text: 'Similar ideas' }),
                h('div', { 'aria-live': 'polite' }, similarStatus),
                similarList)));
    form.elements.title.focus();
}
