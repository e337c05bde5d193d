// The sidebar's entry point.
const app = document.getElementById('app');
if (app) app.textContent = 'Наставничество';
