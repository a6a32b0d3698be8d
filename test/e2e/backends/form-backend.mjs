// A telephony backend that posts form-encoded bodies with plain fetch, as PHP's CRest does
// (`http_build_query`: nested keys in brackets):
//   WEBHOOK=<url> NODE_EXTRA_CA_CERTS=<cert> node form-backend.mjs register <phone>
//   WEBHOOK=<url> NODE_EXTRA_CA_CERTS=<cert> node form-backend.mjs finish <CALL_ID> <STATUS_CODE> <DURATION>
//   WEBHOOK=<url> NODE_EXTRA_CA_CERTS=<cert> node form-backend.mjs records <CALL_ID>
const [step, ...args] = process.argv.slice(2);

function encode(data, prefix = '') {
  return Object.entries(data)
    .map(([key, value]) => {
      const name = prefix ? `${prefix}[${encodeURIComponent(key)}]` : encodeURIComponent(key);
      return value !== null && typeof value === 'object' ? encode(value, name) : `${name}=${encodeURIComponent(value)}`;
    })
    .join('&');
}

async function call(method, params) {
  const response = await fetch(`${process.env.WEBHOOK}${method}.json`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: encode(params),
  });
  const answer = await response.json();
  if (answer.error) throw new Error(`${method}: ${answer.error} ${answer.error_description} (${response.status})`);
  return answer.result;
}

if (step === 'register') {
  console.log(JSON.stringify(await call('telephony.externalcall.register', { USER_PHONE_INNER: '101', PHONE_NUMBER: args[0], TYPE: 2, CRM_CREATE: 1 })));
} else if (step === 'finish') {
  console.log(JSON.stringify(await call('telephony.externalcall.finish', { CALL_ID: args[0], USER_PHONE_INNER: '101', STATUS_CODE: args[1], DURATION: args[2] })));
} else if (step === 'records') {
  console.log(JSON.stringify(await call('voximplant.statistic.get', { FILTER: { CALL_ID: args[0] }, SORT: 'ID', ORDER: 'DESC' })));
} else {
  console.error('register <phone> | finish <CALL_ID> <STATUS_CODE> <DURATION> | records <CALL_ID>');
  process.exit(2);
}
