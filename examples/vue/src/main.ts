import { createApp } from 'vue';
import 'b24-call-card-kit/vue';
import App from './App.vue';

createApp(App).mount('#app');
