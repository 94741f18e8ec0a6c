// Review: the reviewer's queue, the review form, the policy's proposal and the decision (with a rationale when it goes
// against the proposal). Reviews are a REVIEWER's; decisions a REVIEWER's or an EXECUTIVE's.
import { get, post, ApiError } from '../api.js';
import { h, replace, announce, number, when } from '../dom.js';
import { subscribe } from '../live.js';

const OUTCOMES = [['APPROVED', 'Approve'], ['REJECTED', 'Reject'], ['NEEDS_INFO', 'Back to the submitter with questions'], ['PARKED', 'Park']];

export async function reviewScreen(main, user) {
    const queueList = h('ul.queue', { 'aria-labelledby': 'queue-heading' });
    const detail = h('div', { id: 'review-detail' });
    replace(main, h('h1', { text: 'Review' }),
        h('div.columns', { style: 'grid-template-columns: minmax(0,1fr) minmax(0,2fr)' },
            h('section', h('h2', { id: 'queue-heading', text: 'Waiting for you' }), queueList),
            detail));
    let selected;

    const load = async () => {
        const queue = await get('/api/reviews/queue');
        replace(queueList, queue.length ? queue.map(item => h('li', {},
            h('button', { type: 'button', 'aria-pressed': String(item.ideaId === selected), 'data-idea': item.ideaId,
                onclick: () => { selected = item.ideaId; load(); } },
                h('strong', { text: item.title }), h('br'),
                h('span', { text: `${item.team ?? ''} · priority ${number(item.priority, 2)} · needs ${item.needs.toLowerCase()} · ${item.reviews}/${item.reviewsRequired} reviews · waiting since ${when(item.waitingSince)}` })))) : h('li.muted', { text: 'The queue is empty.' }));
        const item = queue.find(entry => entry.ideaId === selected);
        if (item) {
            showItem(item);
            return;
        }
        delete detail.dataset.idea;
        if (selected) replace(detail, h('p.ok', { role: 'status' }, 'Done: ',
            h('a', { href: `#/ideas/${selected}`, text: 'the idea' }), ' has left your queue.'));
        else replace(detail, h('p.muted', { text: queue.length ? 'Choose an idea from the queue.' : '' }));
    };

    /** The chosen idea's forms stay while the queue is read again; its reason and proposal follow the queue. */
    let current;
    const showItem = item => {
        current = item;
        if (detail.dataset.idea !== item.ideaId) {
            detail.dataset.idea = item.ideaId;
            replace(detail,
                h('h2', {}, h('a', { href: `#/ideas/${item.ideaId}`, text: item.title })),
                h('p', { 'data-testid': 'reason' }),
                h('p.panel', {}, 'The policy proposes: ', h('strong', { 'data-testid': 'proposal' })),
                user.roles.includes('REVIEWER') ? reviewForm(item, load) : null,
                decisionForm(() => current, load));
        }
        detail.querySelector('[data-testid=reason]').textContent = item.reason;
        detail.querySelector('[data-testid=proposal]').textContent = item.proposal ?? 'nothing yet (reviews first)';
        detail.querySelector('form[aria-labelledby=decision-heading]').dispatchEvent(new Event('change'));
    };

    const unsubscribe = subscribe(() => load().catch(() => {}), () => load());
    await load();
    return unsubscribe;
}

function problemText(error) {
    if (error instanceof ApiError && error.problem.errors?.length) return error.problem.errors.map(e => `${e.field} ${e.message}`).join('; ');
    return error.message;
}

function rating(name, label, hint) {
    return h('div.field',
        h('label', { for: `review-${name}`, text: label }),
        h('select', { id: `review-${name}`, name, required: true, 'aria-describedby': `review-${name}-hint` },
            h('option', { value: '', text: 'choose 1–5' }), [1, 2, 3, 4, 5].map(value => h('option', { value, text: String(value) }))),
        h('p.hint', { id: `review-${name}-hint`, text: hint }));
}

function reviewForm(item, reload) {
    const message = h('p', { role: 'status' });
    // the gateway checks the form: its problem details are shown, not the browser's own bubbles
    const form = h('form', { 'aria-labelledby': 'review-heading', noValidate: true },
        h('h3', { id: 'review-heading', text: 'Your review' }),
        h('div.grid2',
            rating('feasibility', 'Feasibility', '1 hard to build … 5 straightforward.'),
            rating('value', 'Value', '1 little … 5 a lot.'),
            rating('risk', 'Risk', '1 low … 5 high.')),
        h('div.field', h('label', { for: 'review-comment', text: 'Comment' }), h('textarea', { id: 'review-comment', name: 'comment', rows: 3 })),
        message,
        h('button', { type: 'submit', id: 'send-review', text: 'Send review' }));
    form.addEventListener('submit', async event => {
        event.preventDefault();
        const values = Object.fromEntries(new FormData(form));
        try {
            await post(`/api/ideas/${item.ideaId}/reviews`, {
                feasibility: Number(values.feasibility) || null, value: Number(values.value) || null,
                risk: Number(values.risk) || null, comment: values.comment || null,
            });
            message.className = 'ok';
            message.textContent = 'Review recorded.';
            announce('Review recorded');
            await reload();
        } catch (error) {
            message.className = 'error';
            message.textContent = problemText(error);
        }
    });
    return form;
}

function decisionForm(currentItem, reload) {
    const message = h('p', { role: 'status' });
    const rationaleHint = h('p.hint', { id: 'decision-rationale-hint' });
    const questions = h('div.field', { hidden: true },
        h('label', { for: 'decision-questions', text: 'Questions (one per line)' }),
        h('textarea', { id: 'decision-questions', name: 'questions', rows: 3 }));
    const form = h('form', { 'aria-labelledby': 'decision-heading', noValidate: true },
        h('h3', { id: 'decision-heading', text: 'Decision' }),
        h('fieldset', {}, h('legend', { text: 'Outcome' }),
            OUTCOMES.map(([value, label]) => h('label', { style: 'font-weight:500' },
                h('input', { type: 'radio', name: 'outcome', value, required: true }), ` ${label}`))),
        h('div.field', h('label', { for: 'decision-rationale', text: 'Rationale' }),
            h('textarea', { id: 'decision-rationale', name: 'rationale', rows: 3, 'aria-describedby': 'decision-rationale-hint' }),
            rationaleHint),
        questions,
        message,
        h('button', { type: 'submit', id: 'send-decision', text: 'Decide' }));
    const update = () => {
        const item = currentItem();
        const outcome = form.elements.outcome.value;
        const against = outcome && item.proposal && outcome !== item.proposal;
        form.elements.rationale.required = Boolean(against);
        rationaleHint.textContent = against
            ? `Required: ${outcome} goes against the policy's proposal ${item.proposal}.`
            : 'Optional when you follow the proposal.';
        questions.hidden = outcome !== 'NEEDS_INFO';
    };
    form.addEventListener('change', update);
    update();
    form.addEventListener('submit', async event => {
        event.preventDefault();
        const values = Object.fromEntries(new FormData(form));
        const questionList = (values.questions ?? '').split('\n').map(line => line.trim()).filter(Boolean);
        try {
            const decision = await post(`/api/ideas/${currentItem().ideaId}/decision`, {
                outcome: values.outcome || null, rationale: values.rationale || null,
                questions: values.outcome === 'NEEDS_INFO' ? questionList : null,
            });
            message.className = 'ok';
            message.textContent = `Decided: ${decision.outcome}.`;
            announce(`Decided: ${decision.outcome}`);
            await reload();
        } catch (error) {
            message.className = 'error';
            message.textContent = problemText(error);
        }
    });
    return form;
}
