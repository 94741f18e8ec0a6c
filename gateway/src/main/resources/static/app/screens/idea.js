// The idea page: the composed view (idea, scores and their terms, gate decision, roadmap slot), history, votes and
// comments, with the engineer's or the executive's explanation; read again on every event about this idea.
import { get, post, put, del, ApiError } from '../api.js';
import { h, replace, announce, number, money, when, statusBadge } from '../dom.js';
import { subscribe } from '../live.js';

const SCORE_NAMES = { rice: 'RICE', wsjf: 'WSJF', alignment: 'Strategic alignment', reviews: 'Reviews' };
let audience = 'engineer';

export async function ideaScreen(main, user, id) {
    const content = h('div');
    replace(main, content);

    const render = async () => {
        const [view, history, comments] = await Promise.all([
            get(`/api/ideas/${id}`),
            get(`/api/ideas/${id}/history`).catch(() => []),
            get(`/api/ideas/${id}/comments`).catch(() => []),
        ]);
        const focused = document.activeElement?.id;
        replace(content, page(view, history, comments, user, render));
        if (focused) document.getElementById(focused)?.focus();
    };

    const unsubscribe = subscribe(event => {
        if (event.ideaId === id) render().then(() => announce(event.summary ?? event.name));
    }, () => render());
    await render();
    main.querySelector('h1')?.focus();
    return unsubscribe;
}

function page(view, history, comments, user, refresh) {
    const idea = view.idea ?? {};
    const assessment = view.evaluation?.assessment;
    const decision = view.evaluation?.decision;
    return [
        h('p', h('a', { href: '#/board', text: '← Board' })),
        h('h1', { tabindex: '-1' }, idea.title ?? view.id, ' ', statusBadge(view.status)),
        h('p', { 'data-testid': 'status-reason', text: view.statusReason ?? '' }),
        view.unavailable?.length ? h('p.error', { role: 'alert', text: `Not available just now: ${view.unavailable.join(', ')}` }) : null,
        h('div.columns',
            h('div',
                explanationSwitch(assessment, decision),
                scores(assessment),
                gate(decision),
                roadmap(view.roadmap),
                historyList(history)),
            h('div',
                details(idea),
                votes(idea, refresh),
                commentList(idea, comments, user, refresh))),
    ];
}

function explanationSwitch(assessment, decision) {
    const text = h('p', { id: 'explanation', 'aria-live': 'polite' });
    const show = () => {
        const source = decision?.[`${audience}Explanation`] ? decision : assessment;
        text.textContent = source?.[`${audience}Explanation`] ?? 'Not assessed yet.';
    };
    const option = (value, label) => h('label', {},
        h('input', { type: 'radio', name: 'audience', value, checked: audience === value,
            onchange: () => { audience = value; show(); } }),
        h('span', { text: label }));
    show();
    return h('section.panel', { 'aria-labelledby': 'explanation-heading' },
        h('h2', { id: 'explanation-heading', text: 'Explanation' }),
        h('fieldset.switch', {}, h('legend', { text: 'Explanation for' }),
            option('engineer', 'Engineer'), option('executive', 'Executive')),
        text);
}

function scores(assessment) {
    if (!assessment?.priorityTerms?.length) return h('section', h('h2', { text: 'Scores' }), h('p.muted', { text: 'Not scored yet.' }));
    return h('section', { 'aria-labelledby': 'scores-heading' },
        h('h2', { id: 'scores-heading' }, `Priority ${number(assessment.priority, 2)} of 100`),
        h('div.scroll', h('table', {},
            h('caption.visually-hidden', { text: 'Each score\'s contribution to the priority' }),
            h('thead', h('tr', ['Score', 'Value', 'Weight', 'Contribution', ''].map((label, index) =>
                h(index > 0 && index < 4 ? 'th.num' : 'th', { scope: 'col', text: label })))),
            h('tbody', assessment.priorityTerms.map(term => {
                const score = assessment[term.score];
                return h('tr', {},
                    h('th', { scope: 'row' }, SCORE_NAMES[term.score] ?? term.score,
                        h('div.hint', { text: term.explanation }),
                        score?.explanation ? h('div.hint', { text: score.explanation }) : null),
                    h('td.num', { text: score?.value != null ? number(score.value, 2) : number(term.normalized, 2) }),
                    h('td.num', { text: number(term.weight, 2) }),
                    h('td.num', { text: number(term.contribution, 2) }),
                    h('td', { 'aria-hidden': 'true' }, h('div.bar', h('span', { style: `width:${Math.min(100, term.contribution)}%` }))));
            })))),
        h('p.hint', { text: `Assessed ${when(assessment.assessedAt)}; ${assessment.reviewCount ?? 0} review(s).` }));
}

function gate(decision) {
    if (!decision) return h('section', h('h2', { text: 'Gate decision' }), h('p.muted', { text: 'No decision yet.' }));
    const budget = decision.budget;
    return h('section', { 'aria-labelledby': 'gate-heading' },
        h('h2', { id: 'gate-heading' }, 'Gate decision: ', h('span', { 'data-testid': 'outcome', text: decision.outcome })),
        h('p', { text: decision.reason ?? '' }),
        h('dl.grid2', {},
            h('dt', { text: 'Decided by' }), h('dd', { text: `${decision.decidedBy ?? '–'}, ${when(decision.decidedAt)}` }),
            decision.proposal ? [h('dt', { text: 'Policy proposal' }), h('dd', { text: decision.proposal })] : null,
            decision.rationale ? [h('dt', { text: 'Rationale' }), h('dd', { text: decision.rationale })] : null,
            budget ? [h('dt', { text: 'Budget' }),
                h('dd', { text: `${money(budget.cost, budget.currency)} from ${budget.themeId} for ${budget.period}; ${money(budget.remaining, budget.currency)} of ${money(budget.envelope, budget.currency)} remain${Number(budget.missing) > 0 ? `; ${money(budget.missing, budget.currency)} missing` : ''}` })] : null),
        decision.questions?.length ? h('div', h('h3', { text: 'Questions to the submitter' }),
            h('ul', decision.questions.map(question => h('li', { text: question })))) : null);
}

function roadmap(slot) {
    if (!slot) return h('section', h('h2', { text: 'Roadmap' }), h('p.muted', { text: 'Not on a roadmap.' }));
    const span = slot.startPeriod ? `${slot.startPeriod}${slot.endPeriod && slot.endPeriod !== slot.startPeriod ? ' – ' + slot.endPeriod : ''}` : 'no slot';
    return h('section', { 'aria-labelledby': 'roadmap-heading' },
        h('h2', { id: 'roadmap-heading' }, 'Roadmap: ', h('span', { 'data-testid': 'slot', text: span }), ' ', statusBadge(slot.status)),
        h('p', { text: slot.reason ?? '' }),
        slot.allocations?.length ? h('p.hint', { text: `Team ${slot.team}: ${slot.allocations.map(a => `${number(a.weeks)} weeks in ${a.period}`).join(', ')}.` }) : null);
}

function historyList(history) {
    return h('section', { 'aria-labelledby': 'history-heading' },
        h('h2', { id: 'history-heading', text: 'History' }),
        history.length ? h('ol.history', {}, history.map(entry => {
            const event = entry.event ?? {};
            const type = (entry.type ?? '').replace(/^innovation\./, '').replace(/\.v\d+$/, '');
            const what = event.reason ?? event.engineerExplanation ?? event.comment
                ?? (event.outcome ? `Outcome ${event.outcome}` : null)
                ?? (event.priority != null ? `Priority ${number(event.priority, 2)}` : '');
            return h('li', {}, h('strong', { text: type }), ` · ${entry.actor ?? ''} · ${when(entry.at)}`, h('div', { text: what }));
        })) : h('p.muted', { text: 'Nothing yet.' }));
}

function details(idea) {
    const cost = idea.costEstimate ? money(idea.costEstimate.amount, idea.costEstimate.currency) : '–';
    const rows = [['Submitted by', `${idea.submitter ?? '–'}, ${when(idea.createdAt)}`], ['Team', idea.team],
        ['Themes', (idea.themes ?? []).join(', ') || '–'], ['Tags', (idea.tags ?? []).join(', ') || '–'],
        ['Problem', idea.problem], ['Proposal', idea.proposal || '–'], ['Reach', number(idea.reach, 0)],
        ['Impact', number(idea.impact, 2)], ['Confidence', idea.confidence != null ? `${idea.confidence} %` : '–'],
        ['Effort', idea.effortWeeks != null ? `${number(idea.effortWeeks)} person-weeks` : '–'], ['Cost', cost],
        ['Time criticality', number(idea.timeCriticality, 0)], ['Risk reduction', number(idea.riskReduction, 0)]];
    return h('section.panel', { 'aria-labelledby': 'details-heading' },
        h('h2', { id: 'details-heading', text: 'The idea' }),
        h('dl', {}, rows.map(([term, value]) => [h('dt', { text: term }), h('dd', { text: value ?? '–' })])));
}

function votes(idea, refresh) {
    const message = h('p', { 'aria-live': 'polite' });
    const act = action => async () => {
        try {
            await action(`/api/ideas/${idea.id}/vote`);
            await refresh();
        } catch (error) {
            message.textContent = error.message;
        }
    };
    return h('section', { 'aria-labelledby': 'votes-heading' },
        h('h2', { id: 'votes-heading' }, 'Votes: ', h('span', { 'data-testid': 'votes', text: String(idea.votes ?? 0) })),
        idea.status === 'OPEN' ? h('div.toolbar',
            h('button', { type: 'button', id: 'vote', onclick: act(path => put(path)), text: 'Vote for it' }),
            h('button.secondary', { type: 'button', id: 'unvote', onclick: act(path => del(path)), text: 'Take my vote back' })) : null,
        message);
}

function commentList(idea, comments, user, refresh) {
    const text = h('textarea', { id: 'comment-text', name: 'text', rows: 3, maxLength: 5000, 'aria-describedby': 'comment-error' });
    const error = h('p.error', { id: 'comment-error', role: 'alert' });
    const form = h('form', {
        onsubmit: async event => {
            event.preventDefault();
            try {
                await post(`/api/ideas/${idea.id}/comments`, { text: text.value });
                text.value = '';
                await refresh();
            } catch (failure) {
                error.textContent = failure instanceof ApiError && failure.problem.errors?.length
                    ? failure.problem.errors.map(e => `${e.field} ${e.message}`).join('; ') : failure.message;
            }
        },
    }, h('label', { for: 'comment-text', text: 'Add a comment' }), text, error, h('button', { type: 'submit', text: 'Comment' }));
    return h('section', { 'aria-labelledby': 'comments-heading' },
        h('h2', { id: 'comments-heading', text: `Comments (${comments.length})` }),
        h('ul.comments', {}, comments.map(comment => h('li', {},
            h('strong', { text: comment.author }), h('span.muted', { text: ` · ${when(comment.at)}${comment.editedAt ? ' (edited)' : ''}` }),
            h('div', { text: comment.text }),
            comment.author === user.user || user.roles.includes('ADMIN')
                ? h('button.secondary', { type: 'button', 'aria-label': `Delete comment of ${when(comment.at)}`, text: 'Delete',
                    onclick: async () => { await del(`/api/ideas/${idea.id}/comments/${comment.id}`); await refresh(); } })
                : null))),
        idea.status === 'OPEN' ? form : null);
}
