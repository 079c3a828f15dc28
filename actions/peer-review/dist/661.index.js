export const id = 661;
export const ids = [661];
export const modules = {

/***/ 7661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createOctokit: () => (/* binding */ createOctokit)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(939);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3988);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8605);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9440);




/**
 * Builds the one Octokit an action uses. The retry and throttling plugins are passed as
 * extra arguments to `getOctokit`: passed inside the options object (as some actions do)
 * they are silently ignored and nothing is retried.
 */
function createOctokit(token, options = {}) {
    const retries = options.retries ?? 3;
    const retryAfterBaseValue = options.retryAfterBaseValue ?? 1000;
    const limitHandler = (kind) => (retryAfter, request, _octokit, retryCount) => {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`GitHub ${kind} rate limit on ${request.method} ${request.url}; retrying after ${retryAfter}s`);
        return retryCount < retries;
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q)(token, {
        baseUrl: options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com',
        userAgent: options.userAgent ?? 'cloud-native-actions',
        // Only when given: any `request` here replaces @actions/github's proxy-aware defaults whole.
        ...(options.fetch ? { request: { fetch: options.fetch } } : {}),
        retry: { retries, retryAfterBaseValue },
        throttle: {
            retryAfterBaseValue,
            fallbackSecondaryRateRetryAfter: 60,
            onRateLimit: limitHandler('primary'),
            onSecondaryRateLimit: limitHandler('secondary'),
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
}


/***/ })

};
