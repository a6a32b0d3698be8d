import { createApp } from 'vue';
import 'b24-call-card-kit/vue';
import SdkWidget from './SdkWidget.vue';

createApp(SdkWidget).mount('#app');
