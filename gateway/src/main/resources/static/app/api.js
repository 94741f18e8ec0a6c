// The gateway's API as the signed-in browser uses it: the session cookie, and the CSRF token on every write.

/** An answer that is not 2xx: its status and, for problem+json, the problem (title, detail, errors[]). */
export class ApiError extends Error {
    constructor(status, problem) {
        super(problem?.detail || problem?.title || `HTTP ${status}`);
        this.status = status;
        this.problem = problem ?? {};
    }
}

let csrf;

/** The session's CSRF token (GET /api/me/csrf), read once per page: every write on the session cookie sends it. */
export async function csrfToken() {
    csrf ??= fetch('/api/me/csrf', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(response => response.ok ? response.json() : null);
    return csrf;
}

export async function api(method, path, body, headers = {}) {
    const request = { method, credentials: 'same-origin', headers: { Accept: 'application/json', ...headers } };
    if (method !== 'GET') {
        const token = await csrfToken();
        if (token) request.headers[token.headerName] = token.token;
    }
    if (body !== undefined) {
        request.headers['Content-Type'] = 'application/json';
        request.body = JSON.stringify(body);
    }
    const response = await fetch(path, request);
    if (response.status === 401) {
        // the session ended (e.g. the gateway restarted): the page again, which the gateway sends on to sign in
        // (its login page, or the OIDC provider) and then back to the web UI
        window.location.assign('/');
        throw new ApiError(401, { title: 'Signed out' });
    }
    const type = response.headers.get('Content-Type') ?? '';
    const payload = type.includes('json') ? await response.json() : await response.text();
    if (!response.ok) throw new ApiError(response.status, typeof payload === 'object' ? payload : { detail: payload });
    return payload;
}

export const get = path => api('GET', path);
export const post = (path, body) => api('POST', path, body);
export const put = (path, body, headers) => api('PUT', path, body, headers);
export const del = (path, body) => api('DELETE', path, body);

/** Query string from an object, leaving out empty values. */
export function query(parameters) {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(parameters)) {
        if (value !== undefined && value !== null && String(value).trim() !== '') search.set(key, String(value).trim());
    }
    const text = search.toString();
    return text ? `?${text}` : '';
}
