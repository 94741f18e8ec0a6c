// The single-page shell: who is signed in, the navigation that follows their roles, and the screens by URL hash.
import { get, csrfToken } from './api.js';
import { h, replace } from './dom.js';
import { connect } from './live.js';
import { submitScreen } from './screens/submit.js';
import { boardScreen } from './screens/board.js';
import { ideaScreen } from './screens/idea.js';
import { reviewScreen } from './screens/review.js';
import { roadmapScreen } from './screens/roadmap.js';
import { portfolioScreen } from './screens/portfolio.js';

const ROUTES = [
    [/^#\/submit$/, 'submit', submitScreen, 'Submit an idea'],
    [/^#\/ideas\/([\w-]+)$/, 'board', ideaScreen, 'Idea'],
    [/^#\/review$/, 'review', reviewScreen, 'Review'],
    [/^#\/roadmap$/, 'roadmap', roadmapScreen, 'Roadmap'],
    [/^#\/portfolio$/, 'portfolio', portfolioScreen, 'Portfolio'],
    [/^(#\/board.*|#?\/?)$/, 'board', boardScreen, 'Board'],
];

/** What a user with these roles may open: a screen whose nav item names roles needs one of them. */
function allowed(screen, user) {
    const item = document.querySelector(`#nav a[data-screen="${screen}"]`)?.parentElement;
    const roles = item?.dataset.roles?.split(' ');
    return !roles || roles.some(role => user.roles.includes(role));
}

let leaveScreen = () => {};

async function show(user) {
    const main = document.getElementById('main');
    const hash = window.location.hash;
    const route = ROUTES.find(([pattern]) => pattern.test(hash)) ?? ROUTES[ROUTES.length - 1];
    const [pattern, screen, render, title] = route;
    const match = pattern.exec(hash) ?? [];
    leaveScreen();
    leaveScreen = () => {};
    document.querySelectorAll('#nav a').forEach(link => {
        if (link.dataset.screen === screen) link.setAttribute('aria-current', 'page');
        else link.removeAttribute('aria-current');
    });
    document.title = `${title} – Innovation Pipeline`;
    if (!allowed(screen, user)) {
        replace(main, h('h1', { text: title }), h('p', { text: `${user.user} (${user.roles.join(', ')}) has no access to this screen.` }));
        main.dataset.shown = hash;
        return;
    }
    replace(main, h('p', { text: 'Loading…' }));
    delete main.dataset.shown;
    try {
        leaveScreen = (await render(main, user, ...match.slice(1))) ?? (() => {});
    } catch (error) {
        replace(main, h('h1', { text: title }), h('p.error', { role: 'alert', text: `Could not load: ${error.message}` }));
    }
    // which address the screen now shows: scripts and tests wait for it
    main.dataset.shown = hash;
}

async function start() {
    const user = await get('/api/me');
    document.getElementById('me').textContent = `${user.user} · ${user.roles.join(', ').toLowerCase()}`;
    // listen before anything else is awaited: an address changed while the CSRF token loads must still be shown
    window.addEventListener('hashchange', () => show(user));
    const token = await csrfToken();
    const signOutToken = document.querySelector('#sign-out input[type=hidden]');
    if (token) {
        signOutToken.name = token.parameterName;
        signOutToken.value = token.token;
    }
    document.querySelectorAll('#nav li[data-roles]').forEach(item => {
        item.hidden = !item.dataset.roles.split(' ').some(role => user.roles.includes(role));
    });
    connect(document.getElementById('live-state'));
    await show(user);
}

start();
