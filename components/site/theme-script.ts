// Kept apart from the toggle: a server component cannot read values from a "use client" module.
/** Runs before first paint so the page never flashes the wrong theme. Our own code, no input. */
export const themeScript = `(function(){try{var t=localStorage.getItem("theme");var d=t?t==="dark":window.matchMedia("(prefers-color-scheme: dark)").matches;document.documentElement.dataset.theme=d?"dark":"light";}catch(e){}})();`;
