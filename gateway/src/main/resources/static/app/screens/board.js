// Board: every idea in a column of its pipeline status, filtered and sorted by the list API, kept live by the feed.
import { get, query } from '../api.js';
import { h, replace, announce, debounce, number, STATUSES, statusLabel } from '../dom.js';
import { subscribe } from '../live.js';

const FILTERS = [['team', 'Team'], ['theme', 'Theme'], ['tag', 'Tag'], ['q', 'Text']];

function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export async function boardScreen(main) {
    const parameters = new URLSearchParams(window.location.hash.split('?')[1] ?? '');
    const toolbar = h('form.toolbar', { role: 'search', 'aria-label': 'Filter and sort ideas', onsubmit: event => event.preventDefault() },
        FILTERS.map(([name, label]) => h('div.field',
            h('label', { for: `filter-${name}`, text: label }),
            h('input', { id: `filter-${name}`, name, type: name === 'q' ? 'search' : 'text', value: parameters.get(name) ?? '', autocomplete: 'off' }))),
        h('div.field',
            h('label', { for: 'sort', text: 'Sort by' }),
            h('select', { id: 'sort', name: 'sort' },
                [['createdAt', 'Newest first'], ['updatedAt', 'Recently changed'], ['priority', 'Priority'], ['votes', 'Most votes']].map(([value, text]) =>
                    h('option', { value, text, selected: parameters.get('sort') === value })))));
    const count = h('p.muted', { 'aria-live': 'polite' });
    const board = h('div.board');
    replace(main, h('h1', { text: 'Board' }), toolbar, count, board);

    /** The ideas shown, by id: the list API's summaries, patched by the feed until the next read. */
    let ideas = new Map();

    const render = () => {
        const byStatus = new Map(STATUSES.map(([status]) => [status, []]));
        for (const idea of ideas.values()) {
            if (!byStatus.has(idea.status)) byStatus.set(idea.status, []);
            byStatus.get(idea.status).push(idea);
        }
        replace(board, [...byStatus.entries()].map(([status, list]) => {
            const headingId = `column-${status}`;
            return h('section', { 'aria-labelledby': headingId, 'data-status': status },
                h('h2', { id: headingId }, `${statusLabel(status)} `, h('span.muted', { text: `(${list.length})` })),
                h('ul.cards', {}, list.map(card)));
        }));
        count.textContent = `${ideas.size} idea${ideas.size === 1 ? '' : 's'} shown.`;
        // a card flashes once, when it first shows its news
        ideas.forEach(idea => delete idea.fresh);
    };

    const card = idea => h(`li.card${idea.fresh ? '.fresh' : ''}`, { 'data-idea': idea.id },
        h('a', { href: `#/ideas/${idea.id}`, text: idea.title ?? idea.id }),
        h('div.meta', {},
            [idea.team, (idea.themes ?? []).join(', '), idea.priority != null ? `priority ${number(idea.priority, 2)}` : null,
                idea.startPeriod ? `${idea.startPeriod}${idea.endPeriod && idea.endPeriod !== idea.startPeriod ? '–' + idea.endPeriod : ''}` : null]
                .filter(Boolean).join(' · ')),
        (idea.tags ?? []).length ? h('div.meta', { text: `tags: ${idea.tags.join(', ')}` }) : null,
        // a card known only from the live feed has no counts until the list is read again
        idea.votes != null ? h('div.meta', { 'data-testid': 'counts' },
            h('span', { 'data-testid': 'card-votes', text: plural(idea.votes, 'vote') }), ' · ',
            h('span', { 'data-testid': 'card-comments', text: plural(idea.commentCount ?? 0, 'comment') })) : null);

    const filters = () => Object.fromEntries(new FormData(toolbar));

    const load = async () => {
        const values = filters();
        // every sort is descending by default: newest, most recently changed, highest priority, most votes first
        const page = await get(`/api/ideas${query({ ...values, size: 200 })}`);
        ideas = new Map(page.items.map(idea => [idea.id, idea]));
        render();
        if (page.total > page.items.length) count.textContent += ` The first ${page.items.length} of ${page.total}: narrow the filters to see the rest.`;
    };
    const reload = debounce(() => load().catch(() => {}), 400);

    toolbar.addEventListener('input', debounce(() => {
        const search = new URLSearchParams(Object.entries(filters()).filter(([, value]) => value)).toString();
        history.replaceState(null, '', `#/board${search ? '?' + search : ''}`);
        load();
    }, 250));

    /** Does an idea known only from an event pass the filters shown? Unsure cases wait for the re-read. */
    const matches = event => {
        const { team, q } = filters();
        return (!team || team.split(',').map(part => part.trim()).includes(event.team))
            && (!q || (event.changes?.title ?? '').toLowerCase().includes(q.toLowerCase()));
    };

    const unsubscribe = subscribe(event => {
        const known = ideas.get(event.ideaId);
        if (known) {
            if (event.status && event.status !== known.status) {
                known.status = event.status;
                known.fresh = true;
                announce(`${known.title}: ${statusLabel(event.status)}`);
            }
            if (event.changes?.priority != null) known.priority = event.changes.priority;
            if (event.changes?.startPeriod) { known.startPeriod = event.changes.startPeriod; known.endPeriod = event.changes.endPeriod; }
            render();
        } else if (event.name === 'idea.submitted' && matches(event)) {
            const { theme, tag } = filters();
            if (!theme && !tag) {
                ideas.set(event.ideaId, { id: event.ideaId, title: event.changes?.title, team: event.team, status: event.status, fresh: true });
                render();
                announce(`New idea: ${event.changes?.title}`);
            }
        }
        // the list API's view follows the same events a moment later: read it again for what an event does not carry
        reload();
    }, () => load());

    await load();
    return unsubscribe;
}
