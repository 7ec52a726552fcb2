// A page rendered on the server that follows one live scope (the agent's own page): the element
// with data-live-scope names the scope and the hub. This opens the floor hub over a WebSocket
// (SignalR's JSON protocol; the page needs none of its client library), subscribes, and on each
// change of the scope fetches the page again and swaps that element's content. The server keeps
// one hub connection per page, not a Blazor circuit. data-live on that element says whether the
// page is following ("on") or has lost the hub ("off").
(() => {
    "use strict";

    const separator = "\x1e";
    const pingEveryMs = 15000; // Under the server's 30 s client timeout.
    const longestRetryMs = 10000;

    let socket = null;
    let refused = false;
    let retryMs = 1000;
    let refreshing = false;
    let again = false;

    const region = () => document.querySelector("[data-live-scope]");

    function showDown(down) {
        if (window.wallboard && window.wallboard.showBanner) {
            window.wallboard.showBanner(down);
        }
    }

    // One fetch at a time; changes that arrive meanwhile bring one more, not one each.
    async function refresh() {
        if (refreshing) {
            again = true;
            return;
        }
        refreshing = true;
        try {
            do {
                again = false;
                const answer = await fetch(location.href, { cache: "no-store", credentials: "same-origin" });
                if (answer.redirected || !answer.ok) {
                    // Signed out elsewhere, or the page is no longer this person's: show what the server says.
                    location.reload();
                    return;
                }
                const page = new DOMParser().parseFromString(await answer.text(), "text/html");
                const fresh = page.querySelector("[data-live-scope]");
                const shown = region();
                if (fresh && shown && fresh.innerHTML !== shown.innerHTML) {
                    shown.innerHTML = fresh.innerHTML;
                }
                const stamp = page.querySelector("[data-server-now]");
                const shownStamp = document.querySelector("[data-server-now]");
                if (stamp && shownStamp) {
                    shownStamp.setAttribute("data-server-now", stamp.getAttribute("data-server-now"));
                    shownStamp.setAttribute("data-as-of", stamp.getAttribute("data-as-of") || "");
                }
            } while (again);
        } catch (error) {
            // The server is unreachable: the socket closes too, and its reconnect refreshes.
            console.info("live-page: refresh failed", String(error));
        } finally {
            refreshing = false;
        }
    }

    function send(ws, message) {
        ws.send(JSON.stringify(message) + separator);
    }

    function connect() {
        const el = region();
        if (!el || socket || refused) {
            return;
        }
        const scope = el.getAttribute("data-live-scope");
        const ws = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + el.getAttribute("data-live-hub"));
        socket = ws;
        let buffer = "";
        let handshaken = false;
        let ping = null;

        ws.onopen = () => ws.send(JSON.stringify({ protocol: "json", version: 1 }) + separator);
        ws.onmessage = event => {
            buffer += event.data;
            let end;
            while ((end = buffer.indexOf(separator)) >= 0) {
                const message = JSON.parse(buffer.slice(0, end));
                buffer = buffer.slice(end + 1);
                if (!handshaken) {
                    if (message.error) {
                        console.info("live-page: hub refused the handshake", message.error);
                        ws.close();
                        return;
                    }
                    handshaken = true;
                    send(ws, { type: 1, invocationId: "subscribe", target: "Subscribe", arguments: [scope] });
                    ping = setInterval(() => send(ws, { type: 6 }), pingEveryMs);
                } else if (message.type === 3 && message.invocationId === "subscribe") {
                    if (message.error) {
                        // Not this person's scope: no retrying, the page says what they may see.
                        console.info("live-page: subscription refused", message.error);
                        refused = true;
                        ws.close();
                        return;
                    }
                    retryMs = 1000;
                    showDown(false);
                    // Changes between the page's render (or a drop) and this subscription were not
                    // pushed to it: the page is fetched afresh once, then follows the deltas.
                    refresh();
                    el.setAttribute("data-live", "on");
                } else if (message.type === 1) {
                    // "delta" or "resync" for the one scope this connection follows.
                    refresh();
                } else if (message.type === 7) {
                    ws.close();
                }
            }
        };
        ws.onclose = () => {
            clearInterval(ping);
            if (socket !== ws) {
                return;
            }
            socket = null;
            el.setAttribute("data-live", "off");
            if (refused) {
                return;
            }
            showDown(true);
            setTimeout(connect, retryMs);
            retryMs = Math.min(retryMs * 2, longestRetryMs);
        };
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", connect);
    } else {
        connect();
    }
    // A page reached by Blazor's enhanced navigation (a form post that came back here) loads no script again.
    if (window.Blazor && window.Blazor.addEventListener) {
        window.Blazor.addEventListener("enhancedload", connect);
    }
})();
