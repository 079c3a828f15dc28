export const id = 57;
export const ids = [57];
export const modules = {

/***/ 5057:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createRestClient: () => (/* binding */ createRestClient)
/* harmony export */ });
/**
 * The RestClient of a run: Octokit, with its retry and throttling plugins, behind the typed
 * routes of `rest.ts`. Octokit's code is loaded at the first request, so a run that never
 * calls GitHub neither loads nor parses it (it sits in its own bundle chunk).
 *
 * The trust boundary: GitHub's answers are taken to match Octokit's endpoint types here, and
 * nowhere else, which is what lets the rest of the code read responses without casts.
 */
function createRestClient(token, options = {}) {
    let octokit;
    const load = () => (octokit ??= Promise.all(/* import() */[__webpack_require__.e(385), __webpack_require__.e(15), __webpack_require__.e(661)]).then(__webpack_require__.bind(__webpack_require__, 7661)).then((m) => m.createOctokit(token, options)));
    return {
        request: async (route, params) => (await load()).request(route, params),
        paginate: async (route, params) => (await load()).paginate(route, params),
    };
}


/***/ })

};
