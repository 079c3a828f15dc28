export const id = 816;
export const ids = [816];
export const modules = {

/***/ 2816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   driftCheck: () => (/* binding */ driftCheck)
/* harmony export */ });
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5811);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5885);


/**
 * The scheduled drift check (`check: drift`): every service in every environment, Git against
 * the newest successful deployment and the pods. Someone who edits the cluster by hand (or a
 * controller that stopped syncing) shows up here.
 */
async function driftCheck(inputs, github, live) {
    const sections = [];
    const drifted = [];
    for (const service of inputs.services.keys()) {
        const history = [];
        for (const environment of inputs.environments)
            history.push(...(await (0,_github_js__WEBPACK_IMPORTED_MODULE_1__/* .serviceDeployments */ .gZ)(github.client, github.repo, environment, service, 30)));
        const rows = await (0,_status_js__WEBPACK_IMPORTED_MODULE_0__/* .gatherDigests */ .Z9)(service, inputs.environments, history, live);
        for (const row of rows)
            if (row.drift)
                drifted.push({ service, environment: row.environment, drift: row.drift });
        sections.push(`#### ${service}\n${(0,_status_js__WEBPACK_IMPORTED_MODULE_0__/* .digestsTable */ .Ot)(rows)}`);
    }
    const title = drifted.length
        ? `### ⚠️ Drift in ${drifted.length} environment${drifted.length > 1 ? 's' : ''}`
        : '### ✅ No drift: Git, deployments and pods agree';
    return { report: [title, '', ...sections].join('\n\n'), drifted };
}


/***/ })

};
